// Benchmark: sandbox throughput on loopback (bare undici, fixed concurrency) and the Orders API client's
// cost per call as a ratio to a bare undici request against the same sandbox (goal ≤ 1.10).
// Bounded loops; stops by itself. Run: npm run bench:api  (env BENCH_CALLS, BENCH_ROUNDS, BENCH_CONCURRENCY).
//
// The sandbox runs in this process, so "cost" is CPU time of the whole process per call (client +
// sandbox), which other load on the machine disturbs less than wall time; wall-clock req/s are shown too.
// Fair baseline: the same request (method, path, headers, body) through an Agent built exactly like the
// client's, reading the body and JSON-parsing it, as any caller must. The ratio is the median of the
// per-round ratios (a round is one bare and one client run back to back, which goes first alternating, so
// drift and the other's GC debt hit both alike). On a shared, busy machine single rounds scatter widely
// (p25–p75 is shown), hence 40 rounds; fewer give a median that moves by ±0.05 or more from run to run. The
// "validation" column is the CPU the client's reply schema (envelope + data, as the client runs it) takes
// on fresh copies of the same reply, measured warm, JSON.parse excluded.
import { printResult } from './result-line';
import { request } from 'undici';
import type { z } from 'zod';
import { startSandboxFor } from '../test/support/sandbox';
import { createOrdersAgent, createOrdersClient } from '../src/main/api/client';
import { replySchema } from '../src/main/api/reply';
import { DEFAULT_TIMEOUTS } from '../src/main/api/transport';
import { orderDetailSchema, orderPageSchema } from '../src/shared/orders';

const CALLS = Number(process.env.BENCH_CALLS ?? 8_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const GOAL = 1.1;
const TENANT = { id: 'bench', key: 'bench-key-0123456789' };

type Call = (i: number) => Promise<unknown>;

interface Sample {
  rps: number;
  /** CPU µs of this process per call. */
  cpuUs: number;
}

/** Runs `count` calls with `concurrency` in flight. */
async function measure(call: Call, count: number, concurrency: number): Promise<Sample> {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async (): Promise<void> => {
    while (next < count) await call(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { rps: (count / (performance.now() - started)) * 1000, cpuUs: (used.user + used.system) / count };
}

/**
 * CPU µs to validate one reply body as the client does, warm. Fresh parsed copies in small batches (parse
 * untimed): a large live batch would make every scavenge copy it and charge that GC to the validation.
 */
function validationUs(body: string, schema: z.ZodType): number {
  const combined = replySchema(schema);
  const batch = (): unknown[] => Array.from({ length: 20 }, () => JSON.parse(body) as unknown);
  const run = (copies: unknown[]): void => {
    for (const json of copies)
      if (!combined.safeParse(json).success) throw new Error('reply does not validate');
  };
  for (let i = 0; i < 25; i++) run(batch());
  const samples: number[] = [];
  for (let round = 0; round < 7; round++) {
    let us = 0;
    for (let i = 0; i < 10; i++) {
      const copies = batch();
      const cpu = process.cpuUsage();
      run(copies);
      const used = process.cpuUsage(cpu);
      us += (used.user + used.system) / copies.length;
    }
    samples.push(us / 10);
  }
  return median(samples);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}
function median(values: number[]): number {
  return quantile(values, 0.5);
}

async function main(): Promise<void> {
  const sb = await startSandboxFor(TENANT, { orders: 2_000, seed: 3, strict: true });
  const base = `${sb.apiOrigin}/api/partner/v1`;
  const headers = {
    authorization: `Bearer ${TENANT.key}`,
    'x-tenant-id': TENANT.id,
    accept: 'application/json',
  };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  // The very agent settings the client's own Agent has (keep-alive, pool size, timeouts).
  const agent = createOrdersAgent(DEFAULT_TIMEOUTS);
  const client = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
  try {
    const ids = (await client.listOrders({ per_page: 100 })).data.map((o) => o.order_header_id);
    const listBody = JSON.stringify({ page: 1, per_page: 100, sort_direction: 'desc' });
    const fetchText = async (path: string, body?: string): Promise<string> => {
      const res = await request(`${base}${path}`, {
        dispatcher: agent,
        method: body ? 'POST' : 'GET',
        headers: body ? jsonHeaders : headers,
        body,
      });
      if (res.statusCode !== 200) throw new Error(`${path}: HTTP ${res.statusCode}`);
      return res.body.text();
    };

    // The baseline does what any caller must: send, read and JSON-parse the reply.
    const ops = {
      detail: {
        bare: (i: number) => fetchText(`/orders/${ids[i % ids.length]}/detail`).then(JSON.parse),
        client: (i: number) => client.getOrderDetail(ids[i % ids.length]),
        validation: () =>
          fetchText(`/orders/${ids[0]}/detail`).then((b) => validationUs(b, orderDetailSchema)),
      },
      list: {
        bare: () => fetchText('/orders', listBody).then(JSON.parse),
        client: () => client.listOrders({ page: 1, per_page: 100, sort_direction: 'desc' }),
        validation: () => fetchText('/orders', listBody).then((b) => validationUs(b, orderPageSchema)),
      },
    };

    const rows: string[] = [];
    for (const [op, calls] of Object.entries(ops)) {
      // Warm up both paths, then alternate short rounds so drift hits both alike; report medians.
      await measure(calls.bare, 300, CONCURRENCY);
      await measure(calls.client, 300, CONCURRENCY);
      const bare: Sample[] = [];
      const viaClient: Sample[] = [];
      const ratios: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const perRound = CALLS / ROUNDS;
        if (round % 2 === 0) {
          bare.push(await measure(calls.bare, perRound, CONCURRENCY));
          viaClient.push(await measure(calls.client, perRound, CONCURRENCY));
        } else {
          viaClient.push(await measure(calls.client, perRound, CONCURRENCY));
          bare.push(await measure(calls.bare, perRound, CONCURRENCY));
        }
        ratios.push(viaClient[round].cpuUs / bare[round].cpuUs);
      }
      const bareCpu = median(bare.map((s) => s.cpuUs));
      const clientCpu = median(viaClient.map((s) => s.cpuUs));
      const ratio = median(ratios);
      const validation = await calls.validation();
      const withoutValidation = ratio - validation / bareCpu;
      printResult({
        key: `api-${op}`,
        ratio,
        station: `${clientCpu.toFixed(0)} µs CPU`,
        baseline: `${bareCpu.toFixed(0)} µs bare`,
        note: `${op}: ${CALLS} calls, ${ROUNDS} alternating rounds, median of per-round CPU ratios`,
      });
      rows.push(
        [
          op.padEnd(7),
          median(bare.map((s) => s.rps))
            .toFixed(0)
            .padStart(11),
          median(viaClient.map((s) => s.rps))
            .toFixed(0)
            .padStart(12),
          bareCpu.toFixed(0).padStart(9),
          clientCpu.toFixed(0).padStart(10),
          validation.toFixed(0).padStart(14),
          ratio.toFixed(3).padStart(7),
          withoutValidation.toFixed(3).padStart(15),
          `  ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`,
          `  ${ratio <= GOAL ? 'ok' : 'OVER'} (goal ≤ ${GOAL})`,
        ].join(' '),
      );
    }

    console.log(`\nOrders API client vs bare undici: ${CALLS} calls per path, ${ROUNDS} alternating rounds,`);
    console.log(`concurrency ${CONCURRENCY}, sandbox in-process on loopback. CPU in µs per call.`);
    console.log(
      'op      bare req/s client req/s  bare cpu client cpu validation cpu  ratio  w/o validation  rounds p25–p75',
    );
    for (const row of rows) console.log(row);
  } finally {
    await client.close();
    await agent.close();
    await sb.close();
  }
}

await main();
