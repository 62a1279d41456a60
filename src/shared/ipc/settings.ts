// The station's settings as the renderer sees them: schema with defaults, and the partial update the
// renderer may send. Secrets (the API key, the supervisor PIN hash) are never part of these shapes.
import { z } from 'zod';
import { apiUrlProblem } from '../api-origin';
import { PICKUP_OPTIONS } from '../orders/options';

/**
 * Label media the bench can be set to. Mirrors LABEL_MEDIA in src/main/printing/types.ts (shared code
 * cannot import main); src/main/settings/schema.ts fails to compile if the two lists drift apart.
 */
export const SETTINGS_LABEL_MEDIA = ['4x6in', '100x150mm', 'A6', 'A4'] as const;
/** Paper the document printer (slips, manifests, the command sheet, reports) is loaded with. */
export const DOCUMENT_MEDIA = ['A4', 'A6'] as const;
/** Packing slips: never, one with every label printed here, or only when asked for. */
export const PACKING_SLIP_MODES = ['off', 'with_label', 'on_demand'] as const;
export type DocumentMedia = (typeof DOCUMENT_MEDIA)[number];
export type PackingSlipMode = (typeof PACKING_SLIP_MODES)[number];
export const VERIFICATION_MODES = ['off', 'optional', 'required'] as const;
export const SCANNER_SUFFIXES = ['Enter', 'Tab', 'either'] as const;
export const LANGUAGES = ['en', 'id'] as const;
export const THEMES = ['light', 'dark', 'system'] as const;

/** True when the runtime knows the IANA zone (Intl throws a RangeError for unknown ones). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const apiUrl = z
  .string()
  .trim()
  .max(500)
  .superRefine((v, ctx) => {
    if (v === '') return;
    const problem = /^https?:\/\/[^\s]+$/i.test(v) ? apiUrlProblem(v) : 'it must start with https://';
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `This API address cannot be used: ${problem}. Use https://host[:port].`,
      });
  });

/** A shift's local start time, 'HH:MM'. */
const shiftStart = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write shift starts as HH:MM');
const shiftStarts = z
  .array(shiftStart)
  .min(1)
  .max(6)
  .refine((a) => new Set(a).size === a.length, 'Each shift starts at a different time');
const badgePrefix = z
  .string()
  .trim()
  .min(2, 'The badge prefix needs at least 2 characters')
  .max(12)
  .regex(/^[\x21-\x7E]+$/, 'The badge prefix is printable characters without spaces');

export const scannerSettingsSchema = z.object({
  /** Longest gap between keystrokes of one scan (ms); slower typing is a person at the keyboard. */
  maxGapMs: z.number().int().min(5).max(500).default(35),
  suffix: z.enum(SCANNER_SUFFIXES).default('Enter'),
  prefix: z.string().max(10).default(''),
});

/** Every setting the renderer can read; stored-only fields live in src/main/settings/schema.ts. */
export const publicSettingsSchema = z.object({
  apiUrl: apiUrl.default(''),
  tenantId: z.string().trim().max(100).default(''),
  /** The label printer (stored as `printer` before there were two printers; migrated on load). */
  labelPrinter: z.string().max(200).default(''),
  labelMedia: z.enum(SETTINGS_LABEL_MEDIA).default('4x6in'),
  fitToPage: z.boolean().default(false),
  /** The document printer; '' = the OS default printer. */
  documentPrinter: z.string().max(200).default(''),
  documentMedia: z.enum(DOCUMENT_MEDIA).default('A4'),
  packingSlips: z.enum(PACKING_SLIP_MODES).default('off'),
  pickupOption: z.enum(PICKUP_OPTIONS).default('LATE_PICKUP'),
  verification: z.enum(VERIFICATION_MODES).default('off'),
  confirmLabel: z.boolean().default(false),
  scanner: scannerSettingsSchema.default({ maxGapMs: 35, suffix: 'Enter', prefix: '' }),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone').default('Asia/Jakarta'),
  /** Local start times of the shifts in `timeZone` (the shift counters and report use them). */
  shiftStarts: shiftStarts.default(['06:00', '14:00', '22:00']),
  /** A badge barcode is this prefix and the packer's badge: "BADGE-0007". */
  badgePrefix: badgePrefix.default('BADGE-'),
  /** Order scans are refused until a packer has scanned their badge or picked their name. */
  packerRequired: z.boolean().default(false),
  language: z.enum(LANGUAGES).default('en'),
  kiosk: z.boolean().default(false),
  theme: z.enum(THEMES).default('system'),
  /** ISO time the station was first given an API URL, tenant and key; null = never configured. */
  configuredAt: z.string().nullable().default(null),
});
export type PublicSettings = z.output<typeof publicSettingsSchema>;

/** What `settings:update` accepts: any subset of the editable fields (scanner fields individually). */
export const settingsPatchSchema = z.strictObject({
  apiUrl: apiUrl.optional(),
  tenantId: z.string().trim().max(100).optional(),
  labelPrinter: z.string().max(200).optional(),
  /** The label printer's name before there were two printers; still accepted, stored as labelPrinter. */
  printer: z.string().max(200).optional(),
  labelMedia: z.enum(SETTINGS_LABEL_MEDIA).optional(),
  fitToPage: z.boolean().optional(),
  documentPrinter: z.string().max(200).optional(),
  documentMedia: z.enum(DOCUMENT_MEDIA).optional(),
  packingSlips: z.enum(PACKING_SLIP_MODES).optional(),
  pickupOption: z.enum(PICKUP_OPTIONS).optional(),
  verification: z.enum(VERIFICATION_MODES).optional(),
  confirmLabel: z.boolean().optional(),
  scanner: z
    .strictObject({
      maxGapMs: z.number().int().min(5).max(500).optional(),
      suffix: z.enum(SCANNER_SUFFIXES).optional(),
      prefix: z.string().max(10).optional(),
    })
    .optional(),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone').optional(),
  shiftStarts: shiftStarts.optional(),
  badgePrefix: badgePrefix.optional(),
  packerRequired: z.boolean().optional(),
  language: z.enum(LANGUAGES).optional(),
  kiosk: z.boolean().optional(),
  theme: z.enum(THEMES).optional(),
});
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/**
 * Fields set by the environment (PACKING_API_URL, ...) win over stored ones; the screen shows them locked.
 * `printer` (PACKING_PRINTER) is the label printer.
 */
export const PROVISIONABLE_FIELDS = ['apiUrl', 'tenantId', 'apiKey', 'printer'] as const;
export type ProvisionableField = (typeof PROVISIONABLE_FIELDS)[number];

/** `settings:get`: the effective settings, whether a key is stored, and where — never the key itself. */
export interface SettingsView extends PublicSettings {
  apiKeySet: boolean;
  secretStorage: 'safeStorage' | 'file-0600';
  /** A PIN guards supervisor actions (also true while they are locked by damaged settings). */
  supervisorPinSet: boolean;
  /** The stored settings were damaged: the PIN is unknown and supervisor actions stay locked. */
  supervisorPinLocked: boolean;
  /** The PIN predates the 6-digit rule (or is shorter): the screen asks to change it. */
  supervisorPinTooShort: boolean;
  provisioned: ProvisionableField[];
}
