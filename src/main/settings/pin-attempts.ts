// Wrong-PIN bookkeeping that survives a restart: how many wrong PINs in a row, and until when the next
// try waits. Kept in the settings store (its own key), so quitting the station does not buy fresh tries.
import { z } from 'zod';
import type { KeyValueStore } from './store';

export interface PinAttempts {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** Epoch ms before which no PIN is checked; 0 = none. */
  lockedUntil: number;
}

export interface AttemptStore {
  load(): Promise<PinAttempts>;
  save(attempts: PinAttempts): Promise<void>;
}

export const ATTEMPTS_KEY = 'supervisorPinAttempts';
const NONE: PinAttempts = { failures: 0, lockedUntil: 0 };

const attemptsSchema = z.object({
  failures: z.number().int().min(0),
  lockedUntil: z.number().min(0),
});

export function storedAttempts(store: KeyValueStore): AttemptStore {
  return {
    async load() {
      const raw: unknown = await store.get(ATTEMPTS_KEY);
      if (raw === undefined) return NONE;
      const parsed = attemptsSchema.safeParse(raw);
      // A damaged counter must not mean "no wrong tries": count it as a full lockout's worth.
      return parsed.success ? parsed.data : { failures: DAMAGED_FAILURES, lockedUntil: 0 };
    },
    save: (attempts) => store.set(ATTEMPTS_KEY, attempts),
  };
}

/** Failures assumed when the stored counter cannot be read. */
const DAMAGED_FAILURES = 10;

export function memoryAttempts(): AttemptStore {
  let current = NONE;
  return {
    load: async () => current,
    save: async (attempts) => {
      current = attempts;
    },
  };
}

export interface BackoffPolicy {
  /** Wrong PINs allowed before the first pause. */
  freeFailures: number;
  /** The first pause; each further wrong PIN doubles it. */
  lockoutMs: number;
  maxLockoutMs: number;
}

/** How long to wait after the `failures`th wrong PIN in a row: 0, then lockoutMs doubling up to the cap. */
export function pauseAfter(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.lockoutMs * 2 ** doublings, policy.maxLockoutMs);
}
