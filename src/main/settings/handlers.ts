// The settings and supervisor channels. Every change that can alter the connection (URL, tenant, key)
// re-decides the mode before answering, so the screen's next `app:info` is already true.
import type { ConnectionTest } from '../../shared/app';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../errors/station-error';
import { hashPin } from './pin';
import type { SettingsService } from './settings-service';
import type { SupervisorSessions } from './supervisor';

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

export function settingsHandlers({
  settings,
  connection,
}: SettingsHandlerDeps): HandlersFor<SettingsChannels> {
  return {
    'settings:get': () => settings.view(),
    'settings:update': async ({ patch }) => {
      await settings.update(patch);
      await connection.refresh();
      return settings.view();
    },
    'settings:setApiKey': async ({ key }) => {
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
        });
      }
      await settings.setPinHash(await hashPin(pin));
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
