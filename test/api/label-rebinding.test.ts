// DNS rebinding: the label host's name is resolved and checked, and the download must then connect to the
// checked address, not to whatever a second resolution says. Here the check sees "labels.test" at
// 127.0.0.2 (played as a public address) while the system resolver would send "localhost" elsewhere: the
// pinned connection reaches only the checked server.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadLabel } from '../../src/main/api/label-download';
import { isPrivateAddress, type LabelHostPolicy } from '../../src/main/api/label-host-policy';
import { pinnedLookup } from '../../src/main/api/label-pin';
import { DEFAULT_RETRY } from '../../src/main/api/retry';
import { DEFAULT_TIMEOUTS } from '../../src/main/api/transport';

const GOOD = Buffer.from('%PDF-1.4\n% the checked server\n%%EOF\n');
const EVIL = Buffer.from('%PDF-1.4\n% reached by a second lookup\n%%EOF\n');

let dir: string;
let port: number;
const servers: Server[] = [];
const hits = { checked: 0, other: 0 };
const agent = new Agent();

async function listen(host: string, body: Buffer, hit: keyof typeof hits, at = 0): Promise<number> {
  const server = createServer((_req, res) => {
    hits[hit]++;
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(at, host, resolve));
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'label-rebind-'));
  // Same port on two loopback addresses: what "localhost" resolves to, and the address the check saw.
  port = await listen('127.0.0.1', EVIL, 'other');
  await listen('127.0.0.2', GOOD, 'checked', port);
});

afterAll(async () => {
  await agent.close();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

describe('label downloads are pinned to the checked address', () => {
  it('connects to the address the check saw, not to a second resolution of the name', async () => {
    // The check resolves "localhost" to 127.0.0.2 and counts it public; the system resolver says 127.0.0.1.
    const policy: LabelHostPolicy = {
      resolve: async (name) => (name === 'localhost' ? ['127.0.0.2'] : []),
      isPrivate: (address) => address !== '127.0.0.2' && isPrivateAddress(address),
    };
    const file = await downloadLabel(`http://localhost:${port}/label.pdf`, join(dir, 'l.pdf'), {
      dispatcher: agent,
      timeouts: DEFAULT_TIMEOUTS,
      retry: { ...DEFAULT_RETRY, maxAttempts: 1 },
      random: () => 0,
      hostPolicy: policy,
    });
    expect(await readFile(file.path)).toEqual(GOOD);
    expect(hits).toEqual({ checked: 1, other: 0 });
  });

  it('the pinned lookup answers only the checked name, with the checked addresses', async () => {
    const lookup = pinnedLookup('labels.example', ['93.184.215.14', '2606:2800::1']);
    const ask = (name: string, options: { all?: boolean; family?: number }) =>
      new Promise((resolve) => {
        lookup(name, options, (err, address, family) => resolve(err ? err.code : [address, family]));
      });
    expect(await ask('labels.example', { all: true })).toEqual([
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800::1', family: 6 },
      ],
      undefined,
    ]);
    expect(await ask('LABELS.example', { family: 6 })).toEqual(['2606:2800::1', 6]);
    expect(await ask('elsewhere.example', { all: true })).toBe('ENOTFOUND');
  });
});
