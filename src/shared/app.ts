// What the station says about itself: which run this is, why it cannot work yet, a connection test's
// answer, a supervisor PIN check. Shared by the IPC contract and the event map (neither imports the other).

export type LockReason = 'secret_unreadable' | 'not_configured';

export interface AppInfo {
  version: string;
  demo: boolean;
  host: 'electron' | 'web';
  dataDir: string;
  /** Why the station cannot work yet; null when it can. A locked station never falls back to demo. */
  locked: null | LockReason;
}

export interface ConnectionTest {
  ok: boolean;
  /** Short machine word for the failure ('dns', 'refused', 'tls', 'auth', 'tenant', ...). */
  cause?: string;
  message: string;
  /** The renderer's key for `message` and its values (see ErrorInfo.messageKey). */
  messageKey?: string;
  messageValues?: Record<string, string | number>;
  requestId?: string | null;
}

export type PinCheck =
  | { valid: true; token: string; expiresAt: string }
  | {
      valid: false;
      /** settings_damaged: the stored PIN could not be read; supervisor actions stay locked. */
      reason: 'wrong_pin' | 'no_pin' | 'too_many_attempts' | 'settings_damaged';
      retryAfterMs?: number;
    };
