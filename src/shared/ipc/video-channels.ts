// Proof-of-packing video: the camera settings, the clip being recorded (start, chunks, finish), finding,
// reading and exporting clips. Chunk bytes travel as base64 with a hard size cap.
import { z } from 'zod';
import {
  CLIP_END_REASONS,
  MAX_CHUNK_BYTES,
  videoSettingsPatchSchema,
  type ClipView,
  type VideoSettings,
  type VideoStorageView,
} from '../video/types';
import { channel, scanCodeSchema, supervisorChannel } from './channel';

export const clipIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'Not a clip id');
/** base64 of at most MAX_CHUNK_BYTES bytes (4 characters per 3 bytes). */
const chunkSchema = z
  .string()
  .max(Math.ceil(MAX_CHUNK_BYTES / 3) * 4, 'A video chunk is too large')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A video chunk must be base64');

export const videoChannels = {
  'video:settings': channel<VideoSettings>()(z.undefined()),
  'video:updateSettings': supervisorChannel<VideoSettings>()({ patch: videoSettingsPatchSchema }),
  /** The renderer says whether its camera is ready; with recording required main refuses scans without it. */
  'video:camera': channel<{ recorded: true }>()(
    z.strictObject({ ready: z.boolean(), label: z.string().max(200) }),
  ),
  'video:start': channel<ClipView>()(
    z.strictObject({
      orderCode: scanCodeSchema,
      scanId: z.string().max(100),
      packer: z.string().trim().max(100).nullable(),
    }),
  ),
  'video:append': channel<{ bytes: number }>()(
    z.strictObject({ clipId: clipIdSchema, seq: z.number().int().min(0), data: chunkSchema }),
  ),
  'video:finish': channel<ClipView>()(
    z.strictObject({ clipId: clipIdSchema, reason: z.enum(CLIP_END_REASONS) }),
  ),
  /** The order's AWB (tracking number) once the API assigned it; kept with the clip and in its name. */
  'video:awb': channel<{ awb: string | null }>()(z.strictObject({ clipId: clipIdSchema })),
  'video:search': channel<ClipView[]>()(z.strictObject({ query: z.string().trim().max(100) })),
  'video:read': channel<{ data: string; size: number; next: number | null }>()(
    z.strictObject({ clipId: clipIdSchema, offset: z.number().int().min(0) }),
  ),
  /** Asks for an export folder with the computer's own dialog (Electron); `native: false` = type a path. */
  'video:pickFolder': channel<{ folder: string | null; native: boolean }>()(z.undefined()),
  'video:export': channel<{ path: string }>()(
    z.strictObject({ clipId: clipIdSchema, folder: z.string().trim().min(1).max(1000) }),
  ),
  'video:storage': channel<VideoStorageView>()(z.undefined()),
};
