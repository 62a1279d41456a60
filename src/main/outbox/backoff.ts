// Waits between attempts: exponential growth with full jitter, so a fleet of stations coming back after
// the same outage does not hit the API in lock-step.

export interface BackoffPolicy {
  /** Upper bound of the wait after the first failure; doubles with each further failure. */
  baseMs: number;
  /** Upper bound of any single wait. */
  maxMs: number;
}

export const DEFAULT_OUTBOX_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/** Full jitter: uniform in [0, min(maxMs, baseMs · 2^(failures-1))). `failures` counts from 1. */
export function fullJitterDelay(policy: BackoffPolicy, failures: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/** Probe waits never drop to zero (a dead link is not probed in a tight loop): [ceiling/2, ceiling). */
export function equalJitterDelay(policy: BackoffPolicy, failures: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
