// Which transport failures mean "never sent" and which leave a write's outcome unknown, code by code
// (the sandbox tests cover a refused connection, a hang and a cut; DNS, TLS and timeouts of each
// phase are checked here from the codes undici and Node report).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/main/api/errors';
import { neverReachedApi, outcomeUnknown } from '../../src/main/order-writes/write-errors';

const failure = (kind: 'network' | 'timeout' | 'conflict' | 'server', networkCode?: string): ApiError =>
  new ApiError({ kind, message: 'x.', method: 'POST', path: '/api/partner/v1/orders/update', networkCode });

describe('supervisor write failures', () => {
  it.each([
    ['network', 'ENOTFOUND'],
    ['network', 'EAI_AGAIN'],
    ['network', 'ECONNREFUSED'],
    ['network', 'EHOSTUNREACH'],
    ['network', 'ENETUNREACH'],
    ['network', 'CERT_HAS_EXPIRED'],
    ['timeout', 'UND_ERR_CONNECT_TIMEOUT'],
  ] as const)('%s %s never reached the API', (kind, code) => {
    expect(neverReachedApi(failure(kind, code))).toBe(true);
    expect(outcomeUnknown(failure(kind, code))).toBe(false);
  });

  it.each([
    ['network', 'ECONNRESET'],
    ['network', 'UND_ERR_SOCKET'],
    ['network', 'EPIPE'],
    ['network', 'UND_ERR_ABORTED'],
    ['network', undefined],
    ['timeout', 'UND_ERR_HEADERS_TIMEOUT'],
    ['timeout', 'UND_ERR_BODY_TIMEOUT'],
    ['timeout', 'ETIMEDOUT'],
    ['timeout', 'DEADLINE'],
  ] as const)('%s %s may have reached it: outcome unknown', (kind, code) => {
    expect(neverReachedApi(failure(kind, code))).toBe(false);
    expect(outcomeUnknown(failure(kind, code))).toBe(true);
  });

  it('leaves answers from the API alone', () => {
    for (const kind of ['conflict', 'server'] as const) {
      expect(neverReachedApi(failure(kind))).toBe(false);
      expect(outcomeUnknown(failure(kind))).toBe(false);
    }
  });
});
