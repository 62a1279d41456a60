// Saves a settings change (supervisor channel) and puts the answer in the app store.
import type { ErrorInfo } from '../../../shared/errors';
import type { SettingsPatch } from '../../../shared/ipc';
import { appActions, supervisorToken } from '../app/app-store';
import { station } from '../app/station';

export async function saveSettings(patch: SettingsPatch): Promise<ErrorInfo | null> {
  const res = await station.settings.update({ patch, supervisorToken: supervisorToken() });
  if (!res.ok) return res.error;
  appActions.setSettings(res.value);
  return null;
}
