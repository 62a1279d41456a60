// Supervisor sessions: a correct PIN buys a short-lived random token that supervisor-only channels
// require (checked by the IPC wrapper through SupervisorGate). PINs are checked one at a time, and each
// attempt is counted on disk BEFORE it is checked, so neither parallel guesses nor a restart get free
// tries; every wrong PIN past the first few doubles the pause (up to a cap). A PIN that cannot be read
// (damaged settings) locks every supervisor action — it never opens them.
import { randomBytes } from 'node:crypto';
import type { PinCheck } from '../../shared/app';
import type { SupervisorGate } from '../ipc/invoke';
import { verifyPinHash } from './pin';
import { memoryAttempts, pauseAfter, type AttemptStore, type BackoffPolicy } from './pin-attempts';

export type PinState =
  | { state: 'none' }
  | { state: 'set'; hash: string }
  /** The stored settings were damaged: the PIN is unknown, so supervisor actions stay locked. */
  | { state: 'damaged' };

export interface SupervisorOptions {
  /** The stored PIN, read at each check so a changed PIN applies at once. */
  pin: () => PinState;
  /**
   * Whether supervisor actions stay open while no PIN is set: yes in demo and before a real API is
   * connected (first-time setup), no on a real API. Setting the first PIN is always open. Default: open.
   */
  openWithoutPin?: () => boolean;
  /** Where wrong tries are counted (on disk in the station; in memory by default). */
  attempts?: AttemptStore;
  now?: () => number;
  ttlMs?: number;
  /** Wrong PINs allowed before the first pause. */
  maxFailures?: number;
  /** The first pause; doubled by each further wrong PIN. */
  lockoutMs?: number;
  maxLockoutMs?: number;
}

export interface SupervisorSessions extends SupervisorGate {
  verify(pin: string): Promise<PinCheck>;
  end(token: string): void;
  /** Forget every token (the PIN changed). */
  endAll(): void;
}

export const SETTINGS_DAMAGED_WORDS = {
  messageKey: 'supervisorErrors.settingsDamaged',
  message:
    'Supervisor actions are locked: the station’s settings file was damaged, so the supervisor PIN could not be read.',
  action:
    'Close the station and delete settings.json in its data folder (a copy of the damaged file is kept beside it); then enter the connection and a new PIN in Settings.',
};

export const NO_PIN_WORDS = {
  messageKey: 'supervisorErrors.noPin',
  message:
    'Supervisor actions are locked: this station works on a real Orders API and no supervisor PIN is set yet.',
  action: 'Set a supervisor PIN of at least 6 digits in Settings, then try again.',
};

/** A settings change that brings the first PIN with it (`newPin`): its handler sets the PIN first. */
function setsFirstPin(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && typeof (arg as { newPin?: unknown }).newPin === 'string';
}

export function createSupervisorSessions(opts: SupervisorOptions): SupervisorSessions {
  const now = opts.now ?? Date.now;
  const openWithoutPin = opts.openWithoutPin ?? (() => true);
  const ttlMs = opts.ttlMs ?? 5 * 60_000;
  const policy: BackoffPolicy = {
    freeFailures: opts.maxFailures ?? 5,
    lockoutMs: opts.lockoutMs ?? 30_000,
    maxLockoutMs: opts.maxLockoutMs ?? 15 * 60_000,
  };
  const attempts = opts.attempts ?? memoryAttempts();
  const tokens = new Map<string, number>();
  // One check at a time: a guess waits for the one before it to be counted and decided.
  let queue: Promise<unknown> = Promise.resolve();

  async function verifyOne(pin: string): Promise<PinCheck> {
    const state = opts.pin();
    if (state.state === 'damaged') return { valid: false, reason: 'settings_damaged' };
    if (state.state === 'none') return { valid: false, reason: 'no_pin' };
    const before = await attempts.load();
    // A clock set back must not stretch a pause beyond its cap.
    const lockedUntil = Math.min(before.lockedUntil, now() + policy.maxLockoutMs);
    if (now() < lockedUntil)
      return { valid: false, reason: 'too_many_attempts', retryAfterMs: lockedUntil - now() };
    // Counted as wrong before it is checked: a crash or kill mid-check still costs the attempt.
    const failures = before.failures + 1;
    const pause = pauseAfter(failures, policy);
    await attempts.save({ failures, lockedUntil: pause ? now() + pause : 0 });
    if (!(await verifyPinHash(pin, state.hash))) {
      return pause
        ? { valid: false, reason: 'too_many_attempts', retryAfterMs: pause }
        : { valid: false, reason: 'wrong_pin' };
    }
    await attempts.save({ failures: 0, lockedUntil: 0 });
    const token = randomBytes(24).toString('base64url');
    const expiresAt = now() + ttlMs;
    tokens.set(token, expiresAt);
    return { valid: true, token, expiresAt: new Date(expiresAt).toISOString() };
  }

  return {
    required: (channel, arg) =>
      opts.pin().state !== 'none' ||
      (!openWithoutPin() && channel !== 'supervisor:setPin' && !setsFirstPin(arg)),
    refusal() {
      const state = opts.pin().state;
      if (state === 'damaged') return SETTINGS_DAMAGED_WORDS;
      return state === 'none' ? NO_PIN_WORDS : null;
    },
    check(token) {
      if (!token || opts.pin().state === 'damaged') return false;
      const expires = tokens.get(token);
      if (expires === undefined) return false;
      if (expires <= now()) {
        tokens.delete(token);
        return false;
      }
      return true;
    },
    verify(pin) {
      const run = queue.then(() => verifyOne(pin));
      queue = run.catch(() => undefined);
      return run;
    },
    end: (token) => void tokens.delete(token),
    endAll: () => tokens.clear(),
  };
}
