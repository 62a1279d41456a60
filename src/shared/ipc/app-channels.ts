// The station itself: what this run is, its settings and the supervisor PIN.
import { z } from 'zod';
import type { AppInfo, ConnectionTest, PinCheck } from '../app';
import { PICKUP_OPTIONS, type PickupOption } from '../orders/options';
import { channel, supervisorChannel } from './channel';
import { settingsPatchSchema, type SettingsView } from './settings';

/** A new supervisor PIN: 6 to 12 digits (a PIN set before this rule keeps working until changed). */
export const newPinSchema = z.string().regex(/^\d{6,12}$/, 'A PIN is 6 to 12 digits');

export const appChannels = {
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
};
