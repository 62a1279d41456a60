// The settings and supervisor channels. Every change that can alter the connection (URL, tenant, key)
// re-decides the mode before answering, so the screen's next `app:info` is already true.
// A station that gets connected to a real API must get a supervisor PIN in the same step (`newPin`):
// otherwise every supervisor action of a live station would stay open. Demo needs none.
import type { ConnectionTest } from '../../shared/app';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../errors/station-error';
import { hashPin } from './pin';
import type { SettingsService } from './settings-service';
import type { SupervisorSessions } from './supervisor';
import type { SettingsPatch } from '../../shared/ipc/settings';

/** What the settings channels need of the connection (app/connection.ts implements it). */
export interface ConnectionControl {
  /** Re-decides the mode from current settings and key. */
  refresh(): Promise<void>;
  test(): Promise<ConnectionTest>;
}

export interface SettingsHandlerDeps {
  settings: SettingsService;
  connection: ConnectionControl;
  supervisor: SupervisorSessions;
}

type SettingsChannels =
  | 'settings:get'
  | 'settings:update'
  | 'settings:setApiKey'
  | 'settings:setPickupOption'
  | 'settings:testConnection';

/** True when the change stores where (or with which key) the station talks to a real API. */
function setsConnection(settings: SettingsService, patch: SettingsPatch | null): boolean {
  if (!patch) return true; // the key itself
  const now = settings.current();
  return (
    (patch.apiUrl !== undefined && patch.apiUrl !== '' && patch.apiUrl !== now.apiUrl) ||
    (patch.tenantId !== undefined && patch.tenantId !== '' && patch.tenantId !== now.tenantId)
  );
}

/** Sets the PIN asked for with the first connection; refuses the connection without one. */
async function pinWithConnection(
  deps: SettingsHandlerDeps,
  patch: SettingsPatch | null,
  newPin: string | undefined,
): Promise<void> {
  const { settings, supervisor } = deps;
  if (newPin !== undefined && settings.pinState().state !== 'none') {
    throw new StationError({
      kind: 'invalid_input',
      step: 'settings',
      message: 'A supervisor PIN is already set: change it in the Supervisor PIN section.',
      key: { key: 'supervisorErrors.pinAlreadySet' },
    });
  }
  if (settings.pinState().state !== 'none') return;
  if (newPin === undefined) {
    if (!setsConnection(settings, patch)) return;
    throw new StationError({
      kind: 'invalid_input',
      step: 'settings',
      message:
        'Set a supervisor PIN (6 to 12 digits) together with the API connection: once the station works on a real Orders API, Settings and supervisor actions need it.',
      action: 'Enter a new supervisor PIN with the connection, then save again.',
      key: { key: 'supervisorErrors.pinWithConnection' },
    });
  }
  await settings.setPinHash(await hashPin(newPin), newPin.length);
  supervisor.endAll();
}

export function settingsHandlers(deps: SettingsHandlerDeps): HandlersFor<SettingsChannels> {
  const { settings, connection } = deps;
  return {
    'settings:get': () => settings.view(),
    'settings:update': async ({ patch, newPin }) => {
      await pinWithConnection(deps, patch, newPin);
      await settings.update(patch);
      await connection.refresh();
      return settings.view();
    },
    'settings:setApiKey': async ({ key, newPin }) => {
      await pinWithConnection(deps, null, newPin);
      await settings.setApiKey(key);
      await connection.refresh();
      return settings.view();
    },
    // A packer-level change: the "next pickup option" command barcode uses it, no PIN needed.
    'settings:setPickupOption': async ({ pickupOption }) => {
      await settings.update({ pickupOption });
      return settings.current().pickupOption;
    },
    'settings:testConnection': () => connection.test(),
  };
}

type SupervisorChannels = 'supervisor:setPin' | 'supervisor:verifyPin' | 'supervisor:endSession';

export function supervisorHandlers({
  settings,
  supervisor,
}: SettingsHandlerDeps): HandlersFor<SupervisorChannels> {
  return {
    // The IPC wrapper already required a token when a PIN exists (setPin is a supervisor channel).
    'supervisor:setPin': async ({ pin }, ctx) => {
      if (!ctx.supervisor) {
        throw new StationError({
          kind: 'auth',
          step: 'supervisor',
          message: 'Enter the current supervisor PIN first.',
          key: { key: 'supervisorErrors.currentPinFirst' },
        });
      }
      await settings.setPinHash(await hashPin(pin), pin.length);
      supervisor.endAll();
      return { pinSet: true };
    },
    'supervisor:verifyPin': ({ pin }) => supervisor.verify(pin),
    'supervisor:endSession': async ({ token }) => {
      supervisor.end(token);
      return { ended: true };
    },
  };
}
