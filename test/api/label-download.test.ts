// The label PDF comes from another host: fetched WITHOUT the API credentials, size-capped, checked to be
// a PDF, written atomically (temp file then rename), and nothing left behind on failure.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrdersClient } from '../../src/main/api/client';
import { isApiError } from '../../src/main/api/errors';
import { envelope, sendJson, startStub } from './helpers/stub-server';
import type { Stub } from './helpers/stub-server';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let apiStub: Stub;
let cdn: Stub;
let api: OrdersClient;
let dir: string;
let cdnReply: (res: ServerResponse) => void;

async function errorOf(call: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const e = await call.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isApiError(e)) throw new Error(`expected ApiError, got ${String(e)}`);
  return { kind: e.kind, message: e.message };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'label-test-'));
  cdn = await startStub((_hit, res) => cdnReply(res));
  apiStub = await startStub((_hit, res) =>
    sendJson(
      res,
      200,
      envelope(200, {
        order_id: 1,
        channel: 'offline',
        order_code: 'ORD1',
        url: `${cdn.origin}/l/ORD1.pdf?sig=abc`,
      }),
    ),
  );
  api = createOrdersClient({
    baseUrl: apiStub.origin,
    tenantId: 'T-1',
    apiKey: 'k-secret',
    retry: { maxAttempts: 1 },
  });
});
afterEach(() => {
  cdn.hits.length = 0;
});
afterAll(async () => {
  await api.close();
  await apiStub.close();
  await cdn.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('downloadLabel', () => {
  it('streams the PDF to dest without credentials and returns size and sha256', async () => {
    cdnReply = (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    const label = await api.getShippingLabel('ORD1', false);
    const dest = join(dir, 'ORD1.pdf');
    const file = await api.downloadLabel(label.data.url, dest);
    expect(file).toEqual({
      path: dest,
      bytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(await readFile(dest)).toEqual(PDF);
    expect(cdn.hits).toHaveLength(1);
    expect(cdn.hits[0].headers.authorization).toBeUndefined();
    expect(cdn.hits[0].headers['x-tenant-id']).toBeUndefined();
    expect(apiStub.hits[0].headers.authorization).toBe('Bearer k-secret');
  });

  it('refuses a file that is not a PDF and leaves nothing behind', async () => {
    cdnReply = (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>expired link</html>');
    const dest = join(dir, 'html.pdf');
    const err = await errorOf(api.downloadLabel(`${cdn.origin}/l/x.pdf`, dest));
    expect(err.kind).toBe('label');
    expect(err.message).toMatch(/not a PDF/);
    expect((await readdir(dir)).filter((f) => f.includes('html.pdf'))).toEqual([]);
  });

  it('enforces the size cap, declared or streamed', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
    cdnReply = (res) => res.writeHead(200, { 'content-length': big.length }).end(big);
    const declared = await errorOf(
      api.downloadLabel(`${cdn.origin}/big.pdf`, join(dir, 'big1.pdf'), { maxBytes: 1024 }),
    );
    expect(declared.kind).toBe('label');
    expect(declared.message).toMatch(/larger than/);
    cdnReply = (res) => {
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      res.write(big.subarray(0, 800));
      setTimeout(() => res.end(big.subarray(800)), 10);
    };
    const streamed = await errorOf(
      api.downloadLabel(`${cdn.origin}/big.pdf`, join(dir, 'big2.pdf'), { maxBytes: 1024 }),
    );
    expect(streamed.kind).toBe('label');
    expect((await readdir(dir)).filter((f) => f.includes('big'))).toEqual([]);
  });

  it('follows a redirect to the file, still without credentials', async () => {
    cdnReply = (res) => res.writeHead(200).end(PDF);
    const hop = await startStub((_hit, res) =>
      res.writeHead(302, { location: `${cdn.origin}/real.pdf` }).end(),
    );
    const file = await api.downloadLabel(`${hop.origin}/short`, join(dir, 'hop.pdf'));
    expect(file.bytes).toBe(PDF.length);
    expect(hop.hits[0].headers.authorization).toBeUndefined();
    expect(cdn.hits[0].headers.authorization).toBeUndefined();
    await hop.close();
  });

  it('refuses non-http(s) URLs and HTTP errors', async () => {
    const ftp = await errorOf(api.downloadLabel('file:///etc/passwd', join(dir, 'x.pdf')));
    expect(ftp.kind).toBe('label');
    cdnReply = (res) => res.writeHead(404).end('gone');
    const gone = await errorOf(api.downloadLabel(`${cdn.origin}/gone.pdf`, join(dir, 'gone.pdf')));
    expect(gone).toMatchObject({ kind: 'label', message: expect.stringMatching(/HTTP 404/) });
  });
});
