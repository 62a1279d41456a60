// Settings as stored on disk: the public settings plus what never leaves main (the PIN hash).
// Unknown or invalid stored values fall back to defaults field by field, so one bad edit cannot brick a bench.
import { z } from 'zod';
import type { SETTINGS_LABEL_MEDIA } from '../../shared/ipc/settings';
import { publicSettingsSchema } from '../../shared/ipc/settings';
import type { LABEL_MEDIA } from '../printing/types';
import { isPinHash } from './pin';

// Compile-time guard: the shared copy of the media list must equal the printing module's list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mediaListsMatch: Same<(typeof SETTINGS_LABEL_MEDIA)[number], (typeof LABEL_MEDIA)[number]> = true;
void mediaListsMatch;

export const storedSettingsSchema = publicSettingsSchema.extend({
  /** scrypt hash of the supervisor PIN (see pin.ts); never returned over IPC. */
  supervisorPinHash: z.string().nullable().default(null),
  /** Digits of the PIN when it was set; null for a PIN set before this was kept (asked to change). */
  supervisorPinDigits: z.number().int().min(1).max(12).nullable().default(null),
  /**
   * Set when the settings were found damaged: the PIN is unknown, so supervisor actions stay locked until
   * someone with access to the computer resets the settings file. Kept on disk so a restart keeps it.
   */
  supervisorPinLock: z.literal('settings_damaged').nullable().default(null),
});
export type StoredSettings = z.output<typeof storedSettingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = storedSettingsSchema.parse({});

/** Fields whose loss would open supervisor actions: if any is unreadable, the PIN counts as damaged. */
export const PIN_FIELDS = ['supervisorPinHash', 'supervisorPinLock'] as const;

/** Reads whatever is on disk; each invalid field is replaced by its default and reported. */
export function parseStoredSettings(raw: unknown): {
  settings: StoredSettings;
  dropped: string[];
  /** The stored PIN (or its lock) could not be read: supervisor actions must stay locked. */
  pinDamaged: boolean;
} {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const source = migrate(isObject ? (raw as Record<string, unknown>) : {});
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(storedSettingsSchema.shape)) {
    if (!(key in source)) continue;
    if (field.safeParse(source[key]).success) kept[key] = source[key];
    else dropped.push(key);
  }
  const settings = storedSettingsSchema.parse(kept);
  const hash = settings.supervisorPinHash;
  const pinDamaged =
    (raw !== undefined && !isObject) ||
    dropped.some((f) => (PIN_FIELDS as readonly string[]).includes(f)) ||
    (hash !== null && !isPinHash(hash));
  return { settings, dropped, pinDamaged };
}

/**
 * Settings written by older versions: the one `printer` became the label printer (same meaning: where
 * labels go). An explicit labelPrinter wins; the old key is dropped so it is not carried forward.
 */
function migrate(source: Record<string, unknown>): Record<string, unknown> {
  if (!('printer' in source)) return source;
  const { printer, ...rest } = source;
  return 'labelPrinter' in rest ? rest : { ...rest, labelPrinter: printer };
}
