// Retry policy for calls that are safe to repeat: exponential backoff with full jitter, a bounded number
// of attempts, and never past the call's deadline. State-changing calls never come through here twice.
import type { ApiError } from './errors';

export interface RetryPolicy {
  /** Total attempts including the first (>= 1). */
  maxAttempts: number;
  /** Backoff before the 2nd attempt's upper bound; doubles each time. */
  baseDelayMs: number;
  /** Upper bound of any single wait. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 2_000 };

/** Kinds a safe call may retry (bad_response too: a proxy's half-written page is usually transient). */
export function isRetryableFailure(err: ApiError): boolean {
  const kindOk = ['network', 'timeout', 'server', 'bad_response'].includes(err.kind);
  return kindOk && err.retryable;
}

/** Full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))). `attempt` is the one that failed. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Waits `ms`, or rejects early with the signal's reason. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
