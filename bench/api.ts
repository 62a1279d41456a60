// Benchmark: sandbox throughput on loopback (bare undici, fixed concurrency) and the Orders API client's
// cost per call as a ratio to a bare undici request against the same sandbox (goal ≤ 1.10).
// Bounded loops; stops by itself. Run: npm run bench:api  (env BENCH_CALLS, BENCH_CONCURRENCY).
//
// The sandbox runs in this process, so "cost" is CPU time of the whole process per call (client +
// sandbox), which other load on the machine barely disturbs; wall-clock req/s are shown too. The
// "validation" column is the CPU the shared zod schemas take on the same reply (the client must run
// them on every reply), so the table shows what is transport overhead and what is validation.
import { Agent, request } from 'undici';
import type { z } from 'zod';
import { startSandbox } from '../src/main/sandbox';
import { createOrdersClient } from '../src/main/api/client';
import { envelopeSchema, orderDetailSchema, orderPageSchema } from '../src/shared/orders';

const CALLS = Number(process.env.BENCH_CALLS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = 10;
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

/** CPU µs to validate one reply body with the envelope and data schemas (JSON.parse excluded). */
function validationUs(body: string, schema: z.ZodType): number {
  const json = JSON.parse(body) as unknown;
  const run = () => schema.parse(envelopeSchema.parse(json).data);
  for (let i = 0; i < 200; i++) run();
  const cpu = process.cpuUsage();
  for (let i = 0; i < 1_000; i++) run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1_000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const sb = await startSandbox({ orders: 2_000, seed: 3, tenants: [TENANT], strict: true });
  const base = `${sb.apiOrigin}/api/partner/v1`;
  const headers = {
    authorization: `Bearer ${TENANT.key}`,
    'x-tenant-id': TENANT.id,
    accept: 'application/json',
  };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 16 });
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
        validation: validationUs(await fetchText(`/orders/${ids[0]}/detail`), orderDetailSchema),
      },
      list: {
        bare: () => fetchText('/orders', listBody).then(JSON.parse),
        client: () => client.listOrders({ page: 1, per_page: 100, sort_direction: 'desc' }),
        validation: validationUs(await fetchText('/orders', listBody), orderPageSchema),
      },
    };

    const rows: string[] = [];
    for (const [op, calls] of Object.entries(ops)) {
      // Warm up both paths, then alternate short rounds so drift hits both alike; report medians.
      await measure(calls.bare, 300, CONCURRENCY);
      await measure(calls.client, 300, CONCURRENCY);
      const bare: Sample[] = [];
      const viaClient: Sample[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        bare.push(await measure(calls.bare, CALLS / ROUNDS, CONCURRENCY));
        viaClient.push(await measure(calls.client, CALLS / ROUNDS, CONCURRENCY));
      }
      const bareCpu = median(bare.map((s) => s.cpuUs));
      const clientCpu = median(viaClient.map((s) => s.cpuUs));
      const ratio = clientCpu / bareCpu;
      const withoutValidation = (clientCpu - calls.validation) / bareCpu;
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
          calls.validation.toFixed(0).padStart(14),
          ratio.toFixed(3).padStart(7),
          withoutValidation.toFixed(3).padStart(15),
          `  ${ratio <= GOAL ? 'ok' : 'OVER'} (goal ≤ ${GOAL})`,
        ].join(' '),
      );
    }

    console.log(`\nOrders API client vs bare undici: ${CALLS} calls per path, ${ROUNDS} alternating rounds,`);
    console.log(`concurrency ${CONCURRENCY}, sandbox in-process on loopback. CPU in µs per call.`);
    console.log('op      bare req/s client req/s  bare cpu client cpu validation cpu  ratio  w/o validation');
    for (const row of rows) console.log(row);
  } finally {
    await client.close();
    await agent.close();
    await sb.close();
  }
}

await main();
