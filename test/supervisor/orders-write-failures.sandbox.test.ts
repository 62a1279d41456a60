// How a supervisor write that did not go through is told, against the strict sandbox: an unreachable
// API reads the same whether the probe already knew or the call found out; a request that may have
// arrived (no answer in time, connection cut) says the outcome is unknown; the API's own refusals pass on.
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersClient } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import { control, plainOrder, TENANTS } from '../sandbox/helpers';
import { auditOf } from '../support/audit';
import { clientFor, ctx, failureOf, startStrict, supervisor } from './helpers';

let sb: RunningSandbox;
let client: OrdersClient;
let deadClient: OrdersClient;

/** A loopback port nothing listens on: connections are refused before a byte is sent. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const audit = (code: string): Promise<string[]> => auditOf(sb, TENANTS[0], code);

const cancelOf = (code: string) => ({
  input: {
    order_code: code,
    cancel_by: 'out_of_stock' as const,
    cancel_reason: 'Shelf empty',
    direct_cancel: true,
  },
});

beforeAll(async () => {
  sb = await startStrict();
  client = clientFor(sb.apiOrigin, { timeouts: { headersMs: 400, bodyMs: 400 } });
  deadClient = clientFor(`http://127.0.0.1:${await closedPort()}`);
});
afterEach(async () => {
  await control(sb, '/faults', { drop_rate: 0, hang_rate: 0, fault_phase: 'before' });
});
afterAll(async () => {
  await Promise.all([client.close(), deadClient.close()]);
  await sb.close();
});

describe('a supervisor write that does not go through', () => {
  it('reads the same when the probe says offline and when the connection is refused', async () => {
    const { order_code: code } = await plainOrder(sb, 'To Process');
    const probeKnew = supervisor(client, { online: false });
    const callFound = supervisor(deadClient, { online: true });

    const fromProbe = await failureOf(() => probeKnew.handlers['orders:cancel'](cancelOf(code), ctx));
    const fromCall = await failureOf(() => callFound.handlers['orders:cancel'](cancelOf(code), ctx));

    expect(fromCall).toEqual(fromProbe);
    expect(fromCall).toMatchObject({ kind: 'offline', step: 'supervisor', requestId: null });
    expect(fromCall.message).toBe(
      `The Orders API cannot be reached: the cancellation of ${code} needs it online. Nothing was sent and nothing changed.`,
    );
    expect(fromCall.action).toMatch(/never saved for later.*Online/);
    // The probe hears of the refused connection, so the top bar turns Offline without waiting.
    expect(callFound.reported.map((e) => e.kind)).toEqual(['network']);
    expect(probeKnew.reported).toEqual([]);
    expect([...probeKnew.changed, ...callFound.changed]).toEqual([]);
    expect(await audit(code)).toEqual([]);
  });

  it('says the outcome is unknown when no answer comes in time, and the change may well be applied', async () => {
    const { order_code: code } = await plainOrder(sb, 'To Process', 1);
    // The sandbox applies the cancellation, then never answers.
    await control(sb, '/faults', { hang_rate: 1, fault_phase: 'after' });
    const { handlers, reported, changed } = supervisor(client);
    const error = await failureOf(() => handlers['orders:cancel'](cancelOf(code), ctx));
    await control(sb, '/faults', { hang_rate: 0 });

    expect(error).toMatchObject({ kind: 'timeout', retryable: false });
    expect(error.message).toMatch(new RegExp(`outcome of the cancellation of ${code} is unknown`));
    expect(error.action).toMatch(new RegExp(`Check order ${code} .* before trying again`));
    expect(error.message).not.toMatch(/Nothing was sent/);
    expect(await audit(code)).toEqual(['to_process>cancelled']);
    // The work queue looks the order up again; the probe is not told the API is gone.
    expect(changed).toEqual([code]);
    expect(reported).toEqual([]);
  });

  it('says the outcome is unknown when the connection is cut after the request left', async () => {
    const { order_code: code } = await plainOrder(sb, 'To Process', 2);
    await control(sb, '/faults', { drop_rate: 1, fault_phase: 'before' });
    const { handlers } = supervisor(client);
    const error = await failureOf(() => handlers['orders:cancel'](cancelOf(code), ctx));
    await control(sb, '/faults', { drop_rate: 0 });
    // The sandbox dropped it before applying, but the station cannot know that: it must not say "nothing sent".
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/is unknown/);
    expect(await audit(code)).toEqual([]);
  });

  it("passes the API's refusal on as it is", async () => {
    const { order_code: code } = await plainOrder(sb, 'To Process', 3);
    const { handlers } = supervisor(client);
    const error = await failureOf(() => handlers['orders:complete']({ orderCode: code }, ctx));
    expect(error).toMatchObject({ kind: 'conflict', httpStatus: 409 });
    expect(error.message).not.toMatch(/unknown|cannot be reached/);
    expect(error.requestId).toBeTruthy();
  });
});
