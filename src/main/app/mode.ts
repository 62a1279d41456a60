// design.md §3 "Demo only on purpose": the embedded sandbox runs only when asked for or when this data
// dir was never configured. A configured station whose key cannot be read is LOCKED — never demo.
import type { LockReason } from '../../shared/app';
import type { StoredSettings } from '../settings/schema';
import type { Provisioning } from '../settings/settings-service';
import type { SecretRead } from '../settings/vault';

export type StationMode =
  | { mode: 'demo'; why: 'requested' | 'never_configured' }
  | { mode: 'live'; apiUrl: string; tenantId: string; apiKey: string }
  | { mode: 'locked'; reason: LockReason };

export interface ModeInput {
  demoRequested: boolean;
  /** Effective settings (provisioning applied). */
  settings: StoredSettings;
  provisioning: Provisioning;
  secret: SecretRead;
}

export function decideMode(input: ModeInput): StationMode {
  if (input.demoRequested) return { mode: 'demo', why: 'requested' };
  const { settings, provisioning, secret } = input;
  // A stored key (readable or not) also means someone set this station up, even if settings were lost.
  const configured =
    settings.configuredAt !== null ||
    secret.state !== 'absent' ||
    Boolean(provisioning.apiUrl || provisioning.tenantId || provisioning.apiKey);
  if (!configured) return { mode: 'demo', why: 'never_configured' };
  if (secret.state === 'unreadable') return { mode: 'locked', reason: 'secret_unreadable' };
  if (secret.state === 'absent' || !settings.apiUrl || !settings.tenantId) {
    return { mode: 'locked', reason: 'not_configured' };
  }
  return { mode: 'live', apiUrl: settings.apiUrl, tenantId: settings.tenantId, apiKey: secret.key };
}
