// Label redirects are checked hop by hop before they are requested: never from https down to http, never
// to a loopback or private address when the label's own address is public. The servers here all live on
// loopback; an injected host policy plays "127.0.0.1 is public" where a test needs a public origin.
import { execFile } from 'node:child_process';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError } from '../../src/main/api/errors';
import { downloadLabel, type LabelDownloadOptions } from '../../src/main/api/label-download';
import {
  isPrivateAddress,
  systemLabelHostPolicy,
  type LabelHostPolicy,
} from '../../src/main/api/label-host-policy';
import { DEFAULT_RETRY } from '../../src/main/api/retry';
import { DEFAULT_TIMEOUTS } from '../../src/main/api/transport';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Site {
  origin: string;
  hits: string[];
  server: Server;
}

let dir: string;
let cert: Buffer;
let key: Buffer;
const sites: Site[] = [];
const agents: Agent[] = [];

/** A server answering every request with `reply`; `tls` makes it https with the test's self-signed cert. */
async function site(host: string, reply: (res: ServerResponse) => void, tls = false): Promise<Site> {
  const hits: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    hits.push(req.url ?? '');
    reply(res);
  };
  const server = tls ? createHttpsServer({ cert, key }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const made = { origin: `${tls ? 'https' : 'http'}://${host}:${port}`, hits, server };
  sites.push(made);
  return made;
}

function options(hostPolicy?: LabelHostPolicy): LabelDownloadOptions {
  const dispatcher = new Agent({ connect: { ca: cert } });
  agents.push(dispatcher);
  return {
    dispatcher,
    timeouts: DEFAULT_TIMEOUTS,
    retry: { ...DEFAULT_RETRY, maxAttempts: 1 },
    random: () => 0,
    ...(hostPolicy ? { hostPolicy } : {}),
  };
}

/** A policy for which 127.0.0.1 is a public address (every other private address stays private). */
const loopbackIsPublic: LabelHostPolicy = {
  resolve: systemLabelHostPolicy.resolve,
  isPrivate: (address) => address !== '127.0.0.1' && isPrivateAddress(address),
};

async function refusal(call: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isApiError(err)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return { kind: err.kind, message: err.message };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'label-redirects-'));
  // A throwaway self-signed certificate for 127.0.0.1 (argument array, no shell).
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
  cert = await readFile(join(dir, 'cert.pem'));
  key = await readFile(join(dir, 'key.pem'));
});

afterAll(async () => {
  await Promise.all(agents.map((a) => a.close()));
  for (const s of sites) s.server.closeAllConnections();
  await Promise.all(sites.map((s) => new Promise((resolve) => s.server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

describe('label redirects', () => {
  it('follows https to https, and refuses a redirect from https down to http in words', async () => {
    const plain = await site('127.0.0.1', (res) => res.writeHead(200).end(PDF));
    const secure = await site('127.0.0.1', (res) => res.writeHead(200).end(PDF), true);
    const hop = await site(
      '127.0.0.1',
      (res) => res.writeHead(302, { location: `${plain.origin}/label.pdf` }).end(),
      true,
    );
    const hopSecure = await site(
      '127.0.0.1',
      (res) => res.writeHead(302, { location: `${secure.origin}/label.pdf` }).end(),
      true,
    );

    const ok = await downloadLabel(`${hopSecure.origin}/l`, join(dir, 'ok.pdf'), options());
    expect(ok.bytes).toBe(PDF.length);

    const err = await refusal(downloadLabel(`${hop.origin}/l`, join(dir, 'down.pdf'), options()));
    expect(err.kind).toBe('label');
    expect(err.message).toMatch(/^Downloading the label: redirect 1 goes from https down to plain http/);
    expect(err.message).toContain('Refused');
    expect(hop.hits).toHaveLength(1);
    expect(plain.hits).toHaveLength(0);
    expect((await readdir(dir)).filter((f) => f.includes('down.pdf'))).toEqual([]);
  });

  it('refuses a redirect from a public origin to a loopback address, before connecting to it', async () => {
    const inside = await site('127.0.0.2', (res) => res.writeHead(200).end(PDF));
    const outside = await site('127.0.0.1', (res) =>
      res.writeHead(302, { location: `${inside.origin}/admin/label.pdf` }).end(),
    );
    const err = await refusal(
      downloadLabel(`${outside.origin}/l`, join(dir, 'ssrf.pdf'), options(loopbackIsPublic)),
    );
    expect(err.kind).toBe('label');
    expect(err.message).toMatch(
      /^Downloading the label: redirect 1 leads to 127\.0\.0\.2:\d+, a local or private address \(127\.0\.0\.2\)/,
    );
    expect(outside.hits).toHaveLength(1);
    expect(inside.hits).toHaveLength(0);
  });

  it('allows the same redirect when the label origin itself is private (sandbox, tests)', async () => {
    const inside = await site('127.0.0.2', (res) => res.writeHead(200).end(PDF));
    const origin = await site('127.0.0.1', (res) =>
      res.writeHead(302, { location: `${inside.origin}/label.pdf` }).end(),
    );
    const file = await downloadLabel(`${origin.origin}/l`, join(dir, 'inside.pdf'), options());
    expect(file.bytes).toBe(PDF.length);
    expect(inside.hits).toEqual(['/label.pdf']);
  });

  it('a public origin with a private address among its own is refused at the first hop', async () => {
    const mixed: LabelHostPolicy = {
      resolve: async () => ['93.184.215.14', '10.0.0.7'],
      isPrivate: isPrivateAddress,
    };
    const err = await refusal(
      downloadLabel('http://labels.example/l.pdf', join(dir, 'mixed.pdf'), options(mixed)),
    );
    expect(err.message).toMatch(/the label address from the API leads to labels\.example, .*\(10\.0\.0\.7\)/);
  });
});

describe('private addresses', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '127.8.9.10',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    'not an address',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '93.184.215.14', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});
