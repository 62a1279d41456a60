// Saving the connection. The first time a station is connected to a real API it gets its supervisor PIN
// in the same step (main refuses the connection without one): the PIN goes with the first call that sets
// the address or the key, then a supervisor session is opened with it so the rest of the save may follow.
import type { ErrorInfo } from '../../../shared/errors';
import type { SettingsView } from '../../../shared/ipc';
import { appActions, supervisorToken } from '../app/app-store';
import { station } from '../app/station';

export interface ConnectionForm {
  apiUrl: string;
  tenantId: string;
  /** '' = keep the stored key. */
  key: string;
  /** The new supervisor PIN, when the station has none yet ('' otherwise). */
  newPin: string;
}

/** True when saving `form` connects the station to an API (and so needs a PIN if none is set). */
export function formConnects(form: ConnectionForm, settings: SettingsView): boolean {
  return (
    (form.apiUrl !== '' && form.apiUrl !== settings.apiUrl) ||
    (form.tenantId !== '' && form.tenantId !== settings.tenantId) ||
    form.key !== ''
  );
}

export type ConnectionFailure = { error: ErrorInfo } | { problem: 'pin_needed' };

/** Saves address, tenant and key (with the first PIN when needed); null when all went through. */
export async function saveConnection(
  form: ConnectionForm,
  settings: SettingsView,
): Promise<ConnectionFailure | null> {
  const pinFirst = !settings.supervisorPinSet && formConnects(form, settings);
  if (pinFirst && !form.newPin) return { problem: 'pin_needed' };

  const res = await station.settings.update({
    patch: { apiUrl: form.apiUrl, tenantId: form.tenantId },
    supervisorToken: supervisorToken(),
    ...(pinFirst ? { newPin: form.newPin } : {}),
  });
  if (!res.ok) return { error: res.error };
  appActions.setSettings(res.value);
  if (pinFirst) {
    // The PIN is set now: open a session with it, so the key (and the rest of this visit) may follow.
    const check = await station.supervisor.verifyPin({ pin: form.newPin });
    if (!check.ok) return { error: check.error };
    if (check.value.valid) appActions.setSupervisor(check.value.token, check.value.expiresAt);
  }
  if (form.key) {
    const key = await station.settings.setApiKey({ key: form.key, supervisorToken: supervisorToken() });
    if (!key.ok) return { error: key.error };
    appActions.setSettings(key.value);
  }
  return null;
}
