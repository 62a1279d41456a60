// Warm label connections: the second label from the same CDN host reuses the first one's connection
// (no new TCP/TLS handshake on the packer's path), only ever for the same checked addresses; a download
// that failed leaves no connection behind for the next label.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadLabel, type LabelDownloadOptions } from '../../src/main/api/label-download';
import { createPinnedAgents, type PinnedAgents } from '../../src/main/api/label-agents';
import { isPrivateAddress, type LabelHostPolicy } from '../../src/main/api/label-host-policy';
import { DEFAULT_RETRY } from '../../src/main/api/retry';
import { DEFAULT_TIMEOUTS } from '../../src/main/api/transport';

const PDF = Buffer.from('%PDF-1.4\n% label\n%%EOF\n');

interface CountingServer {
  server: Server;
  port: number;
  connections: number;
  hits: number;
  failNext: boolean;
}

async function listen(host: string, at = 0): Promise<CountingServer> {
  const s: CountingServer = { server: createServer(), port: 0, connections: 0, hits: 0, failNext: false };
  s.server.on('connection', () => s.connections++);
  s.server.on('request', (_req, res) => {
    s.hits++;
    if (s.failNext) {
      s.failNext = false;
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
  });
  await new Promise<void>((resolve) => s.server.listen(at, host, resolve));
  s.port = (s.server.address() as AddressInfo).port;
  return s;
}

let dir: string;
let first: CountingServer;
let second: CountingServer;
/** Where the check says labels.test is now (played as a public address). */
let labelsAt = '127.0.0.2';
const policy: LabelHostPolicy = {
  resolve: async (name) => (name === 'labels.test' ? [labelsAt] : []),
  isPrivate: (address) => !address.startsWith('127.0.0.') && isPrivateAddress(address),
};
const shared = new Agent();
let pool: PinnedAgents;

function options(extra: Partial<LabelDownloadOptions> = {}): LabelDownloadOptions {
  return {
    dispatcher: shared,
    timeouts: DEFAULT_TIMEOUTS,
    retry: { ...DEFAULT_RETRY, maxAttempts: 1 },
    random: () => 0,
    hostPolicy: policy,
    ...extra,
  };
}

const url = (): string => `http://labels.test:${first.port}/label.pdf`;
let n = 0;
const dest = (): string => join(dir, `label-${++n}.pdf`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'label-warm-'));
  first = await listen('127.0.0.2');
  second = await listen('127.0.0.3', first.port);
});

afterEach(async () => {
  await pool?.close();
  labelsAt = '127.0.0.2';
  for (const s of [first, second]) {
    s.connections = 0;
    s.hits = 0;
  }
});

afterAll(async () => {
  await shared.close();
  for (const s of [first, second]) {
    s.server.closeAllConnections();
    await new Promise((resolve) => s.server.close(resolve));
  }
  await rm(dir, { recursive: true, force: true });
});

describe('warm connections to the label host', () => {
  it('reuses one pinned connection for the next labels from the same host', async () => {
    pool = createPinnedAgents();
    for (let i = 0; i < 3; i++) {
      const file = await downloadLabel(url(), dest(), options({ pinnedAgents: pool }));
      expect(await readFile(file.path)).toEqual(PDF);
    }
    expect(first.hits).toBe(3);
    expect(first.connections).toBe(1);
    expect(pool.size).toBe(1);
  });

  it('without the pool every label opens its own connection (what the pool saves)', async () => {
    for (let i = 0; i < 2; i++) await downloadLabel(url(), dest(), options());
    expect(first.hits).toBe(2);
    expect(first.connections).toBe(2);
  });

  it('a host that now resolves elsewhere gets a connection to the newly checked address only', async () => {
    pool = createPinnedAgents();
    await downloadLabel(url(), dest(), options({ pinnedAgents: pool }));
    labelsAt = '127.0.0.3';
    await downloadLabel(url(), dest(), options({ pinnedAgents: pool }));
    expect([first.hits, second.hits]).toEqual([1, 1]);
    expect(second.connections).toBe(1);
    expect(pool.size).toBe(2);
  });

  it('a failed download drops its connection: the next label connects afresh', async () => {
    pool = createPinnedAgents();
    await downloadLabel(url(), dest(), options({ pinnedAgents: pool }));
    first.failNext = true;
    await expect(downloadLabel(url(), dest(), options({ pinnedAgents: pool }))).rejects.toMatchObject({
      kind: 'server',
    });
    expect(pool.size).toBe(0);
    await downloadLabel(url(), dest(), options({ pinnedAgents: pool }));
    expect(first.hits).toBe(3);
    expect(first.connections).toBe(2);
  });
});
