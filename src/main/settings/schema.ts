// Settings as stored on disk: the public settings plus what never leaves main (the PIN hash).
// Unknown or invalid stored values fall back to defaults field by field, so one bad edit cannot brick a bench.
import { z } from 'zod';
import type { SETTINGS_LABEL_MEDIA } from '../../shared/ipc/settings';
import { publicSettingsSchema } from '../../shared/ipc/settings';
import type { LABEL_MEDIA } from '../printing/types';

// Compile-time guard: the shared copy of the media list must equal the printing module's list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mediaListsMatch: Same<(typeof SETTINGS_LABEL_MEDIA)[number], (typeof LABEL_MEDIA)[number]> = true;
void mediaListsMatch;

export const storedSettingsSchema = publicSettingsSchema.extend({
  /** scrypt hash of the supervisor PIN (see pin.ts); never returned over IPC. */
  supervisorPinHash: z.string().nullable().default(null),
});
export type StoredSettings = z.output<typeof storedSettingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = storedSettingsSchema.parse({});

/** Reads whatever is on disk; each invalid field is replaced by its default and reported. */
export function parseStoredSettings(raw: unknown): { settings: StoredSettings; dropped: string[] } {
  const whole = storedSettingsSchema.safeParse(raw ?? {});
  if (whole.success) return { settings: whole.data, dropped: [] };
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(storedSettingsSchema.shape)) {
    if (!(key in source)) continue;
    if (field.safeParse(source[key]).success) kept[key] = source[key];
    else dropped.push(key);
  }
  return { settings: storedSettingsSchema.parse(kept), dropped };
}
