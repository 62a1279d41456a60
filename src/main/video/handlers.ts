// The video channels (src/shared/ipc/video-channels.ts): settings, camera readiness, the clip being
// recorded, and finding, reading and exporting clips.
import { StationError } from '../errors/station-error';
import type { HandlersFor } from '../ipc/handlers';
import type { ClipStore } from './clip-store';
import type { CameraState } from './scan-guard';
import type { VideoSettingsStore } from './video-settings';

type VideoChannel =
  | 'video:settings'
  | 'video:updateSettings'
  | 'video:camera'
  | 'video:start'
  | 'video:append'
  | 'video:finish'
  | 'video:awb'
  | 'video:search'
  | 'video:read'
  | 'video:pickFolder'
  | 'video:export'
  | 'video:storage';

export interface VideoHandlerDeps {
  settings: VideoSettingsStore;
  clips: ClipStore;
  camera: { set(s: CameraState): void };
  /** The order's AWB as the API knows it now (null before it is packed, or offline). */
  awbOf(orderCode: string): Promise<string | null>;
  /** The host's folder dialog (Electron); absent in the browser host, where the user types a path. */
  pickFolder?: () => Promise<string | null>;
}

export function videoHandlers(deps: VideoHandlerDeps): HandlersFor<VideoChannel> {
  const { clips } = deps;
  return {
    'video:settings': async () => deps.settings.current(),
    'video:updateSettings': async ({ patch }) => deps.settings.update(patch),
    'video:camera': async ({ ready, label }) => {
      deps.camera.set({ ready, label });
      return { recorded: true };
    },
    'video:start': async (arg) => {
      if (deps.settings.current().mode === 'off')
        throw new StationError({
          kind: 'invalid_input',
          message: 'Recording is off on this station.',
          key: { key: 'benchErrors.recordingOff' },
        });
      return clips.start(arg);
    },
    'video:append': async ({ clipId, seq, data }) => ({
      bytes: await clips.append(clipId, seq, Buffer.from(data, 'base64')),
    }),
    'video:finish': async ({ clipId, reason }) => clips.finish(clipId, reason),
    'video:awb': async ({ clipId }) => {
      const orderCode = clips.orderOf(clipId);
      if (!orderCode) return { awb: null };
      const awb = await deps.awbOf(orderCode).catch(() => null);
      await clips.setAwb(clipId, awb);
      return { awb };
    },
    'video:search': async ({ query }) => clips.search(query),
    'video:read': async ({ clipId, offset }) => clips.read(clipId, offset),
    'video:pickFolder': async () =>
      deps.pickFolder ? { folder: await deps.pickFolder(), native: true } : { folder: null, native: false },
    'video:export': async ({ clipId, folder }) => ({ path: await clips.exportTo(clipId, folder) }),
    'video:storage': async () => clips.storage(),
  };
}
