// Online / offline from real reachability: failures of kind network / timeout / server go offline and
// start a probe with backoff; the first answer (even a 4xx) is online again; listeners hear each change.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/main/api/errors';
import { createConnectivity, type Connectivity } from '../../src/main/outbox';
import type { ErrorInfo } from '../../src/shared/errors';

const made: Connectivity[] = [];
afterEach(() => {
  for (const c of made.splice(0)) c.close();
});

const timeout: ErrorInfo = {
  kind: 'timeout',
  message: 'No answer.',
  retryable: true,
  requestId: null,
  httpStatus: null,
};
const conflict: ErrorInfo = {
  kind: 'conflict',
  message: 'Packed.',
  retryable: false,
  requestId: 'rq',
  httpStatus: 409,
};
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error('condition not reached');
};

function make(probe: () => Promise<void>) {
  const changes: boolean[] = [];
  const c = createConnectivity({ probe, backoff: { baseMs: 4, maxMs: 16 } });
  c.onChange((view) => changes.push(view.online));
  made.push(c);
  return { c, changes };
}

describe('connectivity', () => {
  it('a timeout goes offline, probes with backoff until one answers, then online again', async () => {
    let failing = 3;
    let probes = 0;
    const { c, changes } = make(async () => {
      probes += 1;
      if (failing-- > 0)
        throw new ApiError({ kind: 'network', method: 'POST', path: '/orders', message: 'Refused.' });
    });
    expect(c.current().online).toBe(true);
    c.reportFailure(timeout);
    expect(c.current()).toMatchObject({ online: false, lastError: { kind: 'timeout' } });
    await until(() => c.current().online);
    expect(probes).toBe(4);
    expect(changes).toEqual([false, true]);
    expect(c.current().lastError).toBeNull();
  });

  it('an answer that is an error (401, 409) still means reachable', async () => {
    const { c } = make(async () => {
      throw new ApiError({ kind: 'auth', method: 'POST', path: '/orders', httpStatus: 401, message: 'Key.' });
    });
    c.reportFailure(conflict);
    expect(c.current().online).toBe(true);
    c.reportFailure(timeout);
    expect(c.current().online).toBe(false);
    expect(await c.probe()).toMatchObject({ online: true });
  });

  it('a success reported by any call is online at once and stops probing', async () => {
    let probes = 0;
    const { c, changes } = make(async () => {
      probes += 1;
      throw new Error('down');
    });
    c.reportFailure(timeout);
    await until(() => probes >= 1);
    c.reportSuccess();
    const seen = probes;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(c.current().online).toBe(true);
    expect(probes).toBe(seen);
    expect(changes).toEqual([false, true]);
  });

  it('close stops the probe', async () => {
    let probes = 0;
    const { c } = make(async () => {
      probes += 1;
      throw new Error('down');
    });
    c.reportFailure(timeout);
    c.close();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(probes).toBe(0);
  });
});
