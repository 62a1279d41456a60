// Supervisor sessions: a correct PIN buys a short-lived random token that supervisor-only channels
// require (checked by the IPC wrapper through SupervisorGate). Repeated wrong PINs pause further tries.
import { randomBytes } from 'node:crypto';
import type { PinCheck } from '../../shared/app';
import type { SupervisorGate } from '../ipc/invoke';
import { verifyPinHash } from './pin';

export interface SupervisorOptions {
  /** The stored PIN hash, read at each check so a changed PIN applies at once. */
  pinHash: () => string | null;
  now?: () => number;
  ttlMs?: number;
  maxFailures?: number;
  lockoutMs?: number;
}

export interface SupervisorSessions extends SupervisorGate {
  verify(pin: string): Promise<PinCheck>;
  end(token: string): void;
  /** Forget every token (the PIN changed). */
  endAll(): void;
}

export function createSupervisorSessions(opts: SupervisorOptions): SupervisorSessions {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? 5 * 60_000;
  const maxFailures = opts.maxFailures ?? 5;
  const lockoutMs = opts.lockoutMs ?? 30_000;
  const tokens = new Map<string, number>();
  let failures = 0;
  let lockedUntil = 0;

  return {
    required: () => opts.pinHash() !== null,
    check(token) {
      if (!token) return false;
      const expires = tokens.get(token);
      if (expires === undefined) return false;
      if (expires <= now()) {
        tokens.delete(token);
        return false;
      }
      return true;
    },
    async verify(pin) {
      const hash = opts.pinHash();
      if (!hash) return { valid: false, reason: 'no_pin' };
      if (now() < lockedUntil)
        return { valid: false, reason: 'too_many_attempts', retryAfterMs: lockedUntil - now() };
      if (!(await verifyPinHash(pin, hash))) {
        failures += 1;
        if (failures >= maxFailures) {
          failures = 0;
          lockedUntil = now() + lockoutMs;
          return { valid: false, reason: 'too_many_attempts', retryAfterMs: lockoutMs };
        }
        return { valid: false, reason: 'wrong_pin' };
      }
      failures = 0;
      const token = randomBytes(24).toString('base64url');
      const expiresAt = now() + ttlMs;
      tokens.set(token, expiresAt);
      return { valid: true, token, expiresAt: new Date(expiresAt).toISOString() };
    },
    end: (token) => void tokens.delete(token),
    endAll: () => tokens.clear(),
  };
}
