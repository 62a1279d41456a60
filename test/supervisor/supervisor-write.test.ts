// The one write path every supervisor action takes (the Orders screen's writes and approve / reject of a
// cancellation request on the Pack screen's stop): what it says, whom it tells, and that it never retries.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/main/api/errors';
import type { ErrorInfo } from '../../src/shared/errors';
import { createMemorySink } from '../../src/main/log/logger';
import { createLogger } from '../../src/main/log/redact';
import { orderWrite } from '../../src/main/order-writes/order-write';

function deps(online = true) {
  const reported: ErrorInfo[] = [];
  const changed: string[] = [];
  const { sink, lines } = createMemorySink();
  return {
    reported,
    changed,
    lines,
    deps: {
      connectivity: {
        current: () => ({ online, since: '2026-11-27T00:00:00.000Z', lastCheckAt: null, lastError: null }),
        reportFailure: (e: ErrorInfo) => void reported.push(e),
      },
      log: createLogger(sink),
      onOrderChanged: (code: string) => void changed.push(code),
    },
  };
}

const fail = (kind: 'network' | 'timeout' | 'conflict', networkCode?: string) =>
  new ApiError({
    kind,
    message: 'x.',
    method: 'POST',
    path: '/api/partner/v1/orders/cancel/approve',
    networkCode,
  });

describe('orderWrite', () => {
  it('known offline: refused in words, the call never made', async () => {
    const d = deps(false);
    let calls = 0;
    const res = orderWrite(d.deps, 'approving the cancellation', 'ORD1', async () => {
      calls++;
      return { requestId: 'r1' };
    });
    await expect(res).rejects.toMatchObject({ init: { kind: 'offline', step: 'supervisor' } });
    await expect(res).rejects.toThrow(/Nothing was sent/);
    expect(calls).toBe(0);
  });

  it('a refused connection reads the same as known offline, once, and turns the probe offline', async () => {
    const d = deps();
    let calls = 0;
    const res = orderWrite(d.deps, 'approving the cancellation', 'ORD1', async () => {
      calls++;
      throw fail('network', 'ECONNREFUSED');
    });
    await expect(res).rejects.toThrow(/cannot be reached.*Nothing was sent/);
    expect(calls).toBe(1);
    expect(d.reported).toHaveLength(1);
    expect(d.changed).toEqual([]);
  });

  it('no answer: the outcome is unknown, the order is looked up again', async () => {
    const d = deps();
    const res = orderWrite(d.deps, 'approving the cancellation', 'ORD1', async () => {
      throw fail('timeout', 'UND_ERR_HEADERS_TIMEOUT');
    });
    await expect(res).rejects.toThrow(/outcome of approving the cancellation of ORD1 is unknown/);
    expect(d.changed).toEqual(['ORD1']);
    expect(d.reported).toEqual([]);
  });

  it("the API's own refusal passes through unchanged; a success is logged with its request_id", async () => {
    const d = deps();
    const conflict = fail('conflict');
    await expect(
      orderWrite(d.deps, 'rejecting the cancellation', 'ORD2', async () => {
        throw conflict;
      }),
    ).rejects.toBe(conflict);
    const ack = await orderWrite(d.deps, 'rejecting the cancellation', 'ORD3', async () => ({
      requestId: 'req-9',
    }));
    expect(ack).toEqual({ requestId: 'req-9' });
    expect(d.changed).toEqual(['ORD3']);
    expect(d.lines.join('\n')).toMatch(/rejecting the cancellation.*req-9/);
  });
});
