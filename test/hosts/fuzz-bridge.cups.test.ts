// 10,000 hostile scans straight to the browser host's bridge (POST /rpc/:channel, what the page sends),
// the host a real child process on a real (sandbox) API with the CAPTURE printer (issue 8). Proven from
// the outside: the host never dies and still answers after; every reply is a structured Result (a value
// or an ErrorInfo); the API saw no write (its audit is empty, no label was asked for); nothing printed.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningSandbox } from '../../src/main/sandbox';
import { ERROR_KINDS } from '../../src/shared/errors';
import { transitions } from '../support/audit';
import { fuzzScans, type FuzzScan } from '../support/fuzz-scans';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { control, startSandboxFor, tenantHeaders } from '../support/sandbox';

const TENANT = { id: 'fuzz-bridge', key: 'fuzz-bridge-key-0123456789' };
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const SCANS = 10_000;
const IN_FLIGHT = 8;
const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';

const errorInfo = z.object({
  kind: z.enum(ERROR_KINDS),
  message: z.string().min(1),
  retryable: z.boolean(),
  requestId: z.string().nullable(),
  httpStatus: z.number().nullable(),
});
const result = z.union([
  z.object({ ok: z.literal(false), error: errorInfo }),
  z.object({ ok: z.literal(true), value: z.unknown() }),
]);
/** What a scan of no exact order code may come to: refused, failed or stopped. Never packed or printed. */
const HARMLESS_OUTCOMES = new Set(['failed', 'stop', 'parked']);

let sb: RunningSandbox;
let host: HostProcess | undefined;
let dataDir: string;

async function allCodes(): Promise<string[]> {
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${sb.apiOrigin}/api/partner/v1/orders`, {
      method: 'POST',
      headers: tenantHeaders(TENANT, true),
      body: JSON.stringify({ page, per_page: 100, status: 'All' }),
    });
    const data = ((await res.json()) as { data: { data: { order_code: string }[]; total_page: number } })
      .data;
    codes.push(...data.data.map((o) => o.order_code));
    if (page >= data.total_page) return codes;
  }
}

/** CUPS jobs (capture queue) whose title names one of these codes. */
async function jobsNaming(codes: Set<string>, since: Set<string>): Promise<string[]> {
  const names = (await readdir(CAPTURE_DIR).catch(() => [] as string[])).filter(
    (n) => /^job-\d+\.meta$/.test(n) && !since.has(n),
  );
  const hits: string[] = [];
  for (const name of names) {
    const title = /^title=(.*)$/m.exec(await readFile(join(CAPTURE_DIR, name), 'utf8').catch(() => ''))?.[1];
    if (title && [...codes].some((c) => title.includes(c))) hits.push(`${name}: ${title}`);
  }
  return hits;
}

/** The scan path's channels, each with the fuzzed code where a code goes; now and then a malformed body. */
function requestsFor(scan: FuzzScan, i: number): { channel: string; body: unknown }[] {
  const requests: { channel: string; body: unknown }[] = [
    { channel: 'flow:scan', body: { arg: { code: scan.code } } },
  ];
  if (i % 7 === 0) requests.push({ channel: 'flow:confirmLabel', body: { arg: { tracking: scan.code } } });
  if (i % 11 === 0) requests.push({ channel: 'queue:order', body: { arg: { orderCode: scan.code } } });
  if (i % 13 === 0) requests.push({ channel: 'flow:reprint', body: { arg: { orderCode: scan.code } } });
  if (i % 17 === 0) {
    const odd = [
      { code: 42 },
      { code: [scan.code] },
      { code: { toString: scan.code } },
      scan.code,
      null,
      { code: scan.code, extra: 1 },
    ];
    requests.push({ channel: 'flow:scan', body: { arg: odd[i % odd.length] } });
  }
  return requests;
}

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 120, seed: 4_242 });
  dataDir = await mkdtemp(join(tmpdir(), 'fuzz-bridge-'));
  host = await startHostProcess({
    dataDir,
    env: {
      PACKING_API_URL: sb.apiOrigin,
      PACKING_TENANT_ID: TENANT.id,
      PACKING_API_KEY: TENANT.key,
      PACKING_PRINTER: 'CAPTURE',
    },
  });
});

afterAll(async () => {
  await host?.stop();
  await sb?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('10,000 fuzzed scans straight to the browser host bridge', () => {
  it('never crash the host, always get a structured Result, never write to the API or print', async () => {
    console.info(`fuzz-bridge seed ${SEED} (FUZZ_SEED=${SEED} repeats this run)`);
    const h = host as HostProcess;
    const realCodes = await allCodes();
    expect(realCodes.length).toBeGreaterThan(100);
    // The station knows the open orders, so near misses meet a full work queue.
    await h.rpc('queue:refresh', {});
    const scans = fuzzScans({ seed: SEED, count: SCANS, realCodes });
    const jobsBefore = new Set(await readdir(CAPTURE_DIR).catch(() => [] as string[]));

    const byKind = new Map<string, number>();
    const bad: string[] = [];
    let next = 0;
    let replies = 0;
    async function lane(): Promise<void> {
      while (next < scans.length) {
        const i = next++;
        const scan = scans[i] as FuzzScan;
        for (const { channel, body } of requestsFor(scan, i)) {
          const reply = await h.rpc(channel, body);
          replies += 1;
          const parsed = result.safeParse(reply.body);
          const where = `${scan.kind} #${i} ${JSON.stringify(scan.code).slice(0, 60)} on ${channel}`;
          if (reply.status !== 200 || !parsed.success) {
            bad.push(`${where}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
            continue;
          }
          const outcome = parsed.data.ok
            ? `ok:${String((parsed.data.value as { kind?: unknown } | null)?.kind ?? 'value')}`
            : `error:${parsed.data.error.kind}`;
          byKind.set(outcome, (byKind.get(outcome) ?? 0) + 1);
          if (channel === 'flow:scan' && parsed.data.ok && !HARMLESS_OUTCOMES.has(outcome.slice(3)))
            bad.push(`${where}: ${outcome}`);
          if (channel === 'flow:confirmLabel' && parsed.data.ok)
            if ((parsed.data.value as { confirmed?: boolean }).confirmed) bad.push(`${where}: confirmed`);
        }
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    console.info(`fuzz-bridge: ${replies} replies ${JSON.stringify(Object.fromEntries(byKind))}`);

    expect(bad.slice(0, 20)).toEqual([]);
    // Still up, still answering.
    expect(h.alive()).toBe(true);
    const after = await h.rpc('shift:get', {});
    expect(result.parse(after.body)).toMatchObject({ ok: true, value: { packed: 0 } });
    expect(result.parse((await h.rpc('tray:list', {})).body)).toEqual({ ok: true, value: [] });
    expect(result.parse((await h.rpc('outbox:list', {})).body)).toEqual({ ok: true, value: [] });
    // Nothing written to the API. No label was downloaded from this API's label origin, so none of its
    // labels can have reached a printer: the station prints only label bytes it fetched.
    expect(await transitions(sb, TENANT)).toEqual([]);
    expect(await control<unknown[]>(sb, TENANT, '/label-requests')).toEqual([]);
    // The capture queue is shared by every test on the machine and other sandboxes seed the same codes:
    // jobs naming them are other processes' (this station fetched no label), reported, not ours.
    const foreign = await jobsNaming(new Set(realCodes), jobsBefore);
    console.info(
      `fuzz-bridge: capture jobs naming these codes, printed by other processes: ${foreign.length}`,
    );
  }, 300_000);
});
