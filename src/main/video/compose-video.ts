// The video feature, built once per station: its settings, the clip store under <dataDir>/video/clips,
// camera readiness, the handler table and the guard main puts on order scans.
import { join } from 'node:path';
import type { VideoSettings } from '../../shared/video/types';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../log/logger';
import { ClipStore } from './clip-store';
import { videoHandlers } from './handlers';
import { createCameraState, guardScan } from './scan-guard';
import { openVideoSettings } from './video-settings';

export interface VideoOptions {
  dataDir: string;
  timeZone(): string;
  awbOf(orderCode: string): Promise<string | null>;
  onSettings(settings: VideoSettings): void;
  log: Logger;
  /** The host's folder dialog for exports (Electron only). */
  pickFolder?: () => Promise<string | null>;
}

export interface VideoServices {
  handlers: ReturnType<typeof videoHandlers>;
  settings(): VideoSettings;
  /** The table with main's own refusal of order scans when recording is required and no camera is ready. */
  guard(handlers: Handlers): Handlers;
  close(): Promise<void>;
}

const GB = 1024 ** 3;

export async function createVideo(opts: VideoOptions): Promise<VideoServices> {
  const dir = join(opts.dataDir, 'video');
  const settings = await openVideoSettings(dir);
  const camera = createCameraState();
  const clips = new ClipStore({
    root: join(dir, 'clips'),
    timeZone: opts.timeZone,
    limits: () => ({ days: settings.current().retentionDays, maxBytes: settings.current().maxGb * GB }),
  });
  const retain = (): void =>
    void clips.enforceRetention().then(
      (deleted) =>
        deleted.length && opts.log.info('Video retention deleted old clips', { count: deleted.length }),
      (err: unknown) => opts.log.warn('Video retention failed', { error: err }),
    );
  // At start, and at once when a supervisor narrows the limits.
  const stop = settings.onChange((s) => {
    opts.onSettings(s);
    retain();
  });
  retain();
  return {
    handlers: videoHandlers({ settings, clips, camera, awbOf: opts.awbOf, pickFolder: opts.pickFolder }),
    settings: () => settings.current(),
    guard: (handlers) => ({
      ...handlers,
      'flow:scan': guardScan(handlers['flow:scan'], { settings: settings.current, camera: camera.get }),
    }),
    async close() {
      stop();
      await clips.close();
    },
  };
}
