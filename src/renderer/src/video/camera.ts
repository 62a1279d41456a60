// The camera as the settings ask for it: device, resolution, frame rate, and sound only when the
// microphone setting is on. Opened once and kept open, so a clip starts at the scan, not a second later.
import type { VideoSettings } from '../../../shared/video/types';
import type { CameraDevice } from './video-store';

export function frameSize(settings: VideoSettings): { width: number; height: number } {
  const [w, h] = settings.resolution.split('x').map(Number);
  return { width: w ?? 640, height: h ?? 480 };
}

export async function openCamera(settings: VideoSettings): Promise<MediaStream> {
  const { width, height } = frameSize(settings);
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('This window cannot use a camera.');
  return navigator.mediaDevices.getUserMedia({
    video: {
      ...(settings.deviceId ? { deviceId: { exact: settings.deviceId } } : {}),
      width: { ideal: width },
      height: { ideal: height },
      frameRate: { ideal: settings.frameRate, max: settings.frameRate },
    },
    audio: settings.microphone,
  });
}

export async function listCameras(): Promise<CameraDevice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const all = await navigator.mediaDevices.enumerateDevices();
  return all
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}

export function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The browser's reason in a few words (NotFoundError, NotAllowedError...). */
export function cameraProblem(err: unknown): string {
  if (err instanceof DOMException) return `${err.name}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
