// Proof-of-packing video: the camera settings, a clip as the screens list it, and the storage figures.
// Shared by main (which stores clips) and the renderer (which records them).
import { z } from 'zod';

/** off: never records; optional: records when a camera is ready, packs without; required: no camera, no scan. */
export const RECORDING_MODES = ['off', 'optional', 'required'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];
/** What a bench PC can afford to encode while it packs. */
export const VIDEO_RESOLUTIONS = ['320x240', '640x480', '1280x720'] as const;
export type VideoResolution = (typeof VIDEO_RESOLUTIONS)[number];
export const VIDEO_FRAME_RATES = [5, 10, 15, 24, 30] as const;

const frameRate = z
  .number()
  .int()
  .refine((n) => (VIDEO_FRAME_RATES as readonly number[]).includes(n), 'Pick one of 5, 10, 15, 24 or 30 fps');

export const videoSettingsSchema = z.object({
  mode: z.enum(RECORDING_MODES).default('off'),
  /** The camera's deviceId as the renderer lists it; '' = the system's default camera. */
  deviceId: z.string().max(512).default(''),
  resolution: z.enum(VIDEO_RESOLUTIONS).default('640x480'),
  frameRate: frameRate.default(15),
  /** Off by default: sound is recorded only when a supervisor turns it on. */
  microphone: z.boolean().default(false),
  /** Seconds the clip runs on after the label printed (the label going onto the box). */
  stopAfterSeconds: z.number().int().min(0).max(120).default(5),
  retentionDays: z.number().int().min(1).max(3650).default(30),
  maxGb: z.number().min(0.1).max(100_000).default(20),
});
export type VideoSettings = z.output<typeof videoSettingsSchema>;

export const videoSettingsPatchSchema = z.strictObject({
  mode: z.enum(RECORDING_MODES).optional(),
  deviceId: z.string().max(512).optional(),
  resolution: z.enum(VIDEO_RESOLUTIONS).optional(),
  frameRate: frameRate.optional(),
  microphone: z.boolean().optional(),
  stopAfterSeconds: z.number().int().min(0).max(120).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
  maxGb: z.number().min(0.1).max(100_000).optional(),
});
export type VideoSettingsPatch = z.output<typeof videoSettingsPatchSchema>;

/** Why a clip ended; 'interrupted' is what a clip left open by a crash or power cut reads as. */
export const CLIP_END_REASONS = [
  'printed',
  'stopped',
  'cancelled',
  'superseded',
  'failed',
  'camera_lost',
] as const;
export type ClipEndReason = (typeof CLIP_END_REASONS)[number];

export interface ClipView {
  id: string;
  orderCode: string;
  awb: string | null;
  packer: string | null;
  startedAt: string;
  endedAt: string | null;
  /** null while recording, or 'interrupted' when the station stopped before the clip was finished. */
  endReason: ClipEndReason | 'interrupted' | null;
  bytes: number;
  /** The file's name under the clips folder (date folder included), for people and exports. */
  fileName: string;
}

export interface VideoStorageView {
  usedBytes: number;
  clips: number;
  /** Free space on the disk that holds the clips; null when the system cannot say. */
  freeBytes: number | null;
  folder: string;
}

/** What the renderer knows about its camera, reported to main so main can refuse scans too. */
export interface CameraReport {
  ready: boolean;
  label: string;
}

/** Raw bytes of one append: base64 over IPC (JSON on the browser host), at most this many decoded. */
export const MAX_CHUNK_BYTES = 512 * 1024;
/** A clip longer than this is cut: a recorder left running by mistake cannot fill the disk. */
export const MAX_CLIP_BYTES = 2 * 1024 * 1024 * 1024;
