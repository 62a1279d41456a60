// THE IPC contract: every channel the renderer may call, its ONE argument (zod, validated in main) and its
// result type. Preload exposes exactly these, main registers exactly these, the browser host serves these.
// To add a feature: add entries here, then a handlers object in src/main (see src/main/ipc/handlers.ts).
import { z } from 'zod';
import type { Result } from '../errors';
import { channel, supervisorChannel, type ChannelDef } from './channel';
import { settingsPatchSchema, type SettingsView } from './settings';
import { PICKUP_OPTIONS, type PickupOption } from '../orders/options';
import type { StationEventListener } from './events';
import { stationChannels } from './station-channels';
import { supervisorChannels } from './supervisor-channels';

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

/** A new supervisor PIN: 6 to 12 digits (a PIN set before this rule keeps working until changed). */
export const newPinSchema = z.string().regex(/^\d{6,12}$/, 'A PIN is 6 to 12 digits');

export const contract = {
  'app:info': channel<AppInfo>()(z.undefined()),

  'settings:get': channel<SettingsView>()(z.undefined()),
  /** `newPin`: the supervisor PIN set with the first connection to a real API (required then). */
  'settings:update': supervisorChannel<SettingsView>()({
    patch: settingsPatchSchema,
    newPin: newPinSchema.optional(),
  }),
  'settings:setApiKey': supervisorChannel<SettingsView>()({
    key: z.string().trim().min(8).max(4096),
    newPin: newPinSchema.optional(),
  }),
  'settings:setPickupOption': channel<PickupOption>()(
    z.strictObject({ pickupOption: z.enum(PICKUP_OPTIONS) }),
  ),
  'settings:testConnection': channel<ConnectionTest>()(z.undefined()),

  /** Sets or changes the PIN. Changing an existing PIN needs a supervisor token. */
  'supervisor:setPin': supervisorChannel<{ pinSet: true }>()({ pin: newPinSchema }),
  'supervisor:verifyPin': channel<PinCheck>()(z.strictObject({ pin: z.string().max(64) })),
  'supervisor:endSession': channel<{ ended: true }>()(z.strictObject({ token: z.string().max(256) })),

  ...stationChannels,
  ...supervisorChannels,
} satisfies Record<string, ChannelDef<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** Every channel name, in contract order (the preload test and both hosts iterate it). */
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** The argument as the handler receives it (parsed: defaults applied). */
export type ChannelArg<C extends ChannelName> = z.output<Contract[C]['arg']>;
/** The argument as the renderer sends it. */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['arg']>;
export type ChannelResult<C extends ChannelName> =
  Contract[C] extends ChannelDef<z.ZodType, infer R> ? R : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type Namespace = ChannelName extends `${infer NS}:${string}` ? NS : never;
type NamespaceOf<C> = C extends `${infer NS}:${string}` ? NS : never;
type MethodOf<C> = C extends `${string}:${infer M}` ? M : never;

type ApiMethod<C extends ChannelName> = [ChannelInput<C>] extends [undefined | void]
  ? () => Promise<Result<ChannelResult<C>>>
  : (arg: ChannelInput<C>) => Promise<Result<ChannelResult<C>>>;

/** `namespace:method` → `api.namespace.method(arg)`: 'settings:setApiKey' → api.settings.setApiKey({key}). */
export type StationApi = {
  [NS in Namespace]: { [C in ChannelName as NamespaceOf<C> extends NS ? MethodOf<C> : never]: ApiMethod<C> };
} & {
  /**
   * Main → renderer events; returns the unsubscribe function. `onSubscribed` runs once events are
   * flowing, and again after the stream reconnects: snapshots read then miss nothing sent before.
   */
  onEvent(listener: StationEventListener, onSubscribed?: () => void): () => void;
};

/** Splits 'settings:setApiKey' into ['settings', 'setApiKey'] (bridges build the object from this). */
export function splitChannel(name: ChannelName): [string, string] {
  const i = name.indexOf(':');
  return [name.slice(0, i), name.slice(i + 1)];
}
