// Keeps the camera as the settings say (off: closed; optional/required: open), tells main whether it is
// ready (main refuses scans without it when recording is required), and hands the recorder its stream.
import type { ErrorInfo } from '../../../shared/errors';
import type { VideoSettings } from '../../../shared/video/types';
import { station } from '../app/station';
import { cameraProblem, closeCamera, frameSize, listCameras, openCamera } from './camera';
import { stampedStream, type StampedStream } from './stamp';
import { videoActions, videoSnapshot } from './video-store';

let camera: MediaStream | null = null;
let stamped: StampedStream | null = null;
let applied = '';
let generation = 0;

function report(ready: boolean, label = ''): void {
  void station.video.camera({ ready, label: label.slice(0, 200) });
}

function release(): void {
  stamped?.stop();
  closeCamera(camera);
  stamped = null;
  camera = null;
}

/** Opens, reopens or closes the camera for these settings (only what changed matters). */
export async function applyVideoSettings(settings: VideoSettings, force = false): Promise<void> {
  videoActions.setSettings(settings);
  const key = JSON.stringify([
    settings.mode,
    settings.deviceId,
    settings.resolution,
    settings.frameRate,
    settings.microphone,
  ]);
  if (key === applied && !force) return;
  applied = key;
  const mine = ++generation;
  release();
  if (settings.mode === 'off') {
    videoActions.setCamera('off');
    report(false);
    return;
  }
  videoActions.setCamera('starting');
  try {
    const stream = await openCamera(settings);
    if (mine !== generation) return closeCamera(stream);
    camera = stream;
    stamped = stampedStream(stream, frameSize(settings), settings.frameRate);
    const track = stream.getVideoTracks()[0];
    track?.addEventListener('ended', () => {
      if (mine !== generation) return;
      videoActions.setCamera('missing', 'The camera was disconnected.');
      report(false);
    });
    videoActions.setCamera('ready');
    report(true, track?.label ?? '');
  } catch (err) {
    if (mine !== generation) return;
    videoActions.setCamera('missing', cameraProblem(err));
    report(false);
  }
  videoActions.setDevices(await listCameras().catch(() => []));
}

/** Loads the settings from main and (re)reports the camera: at start and after every reconnect. */
export async function syncVideo(): Promise<void> {
  const res = await station.video.settings();
  if (!res.ok) return videoActions.setError(res.error);
  await applyVideoSettings(res.value, videoSnapshot().settings === null);
  const { camera: status } = videoSnapshot();
  report(status === 'ready');
}

export function currentStamped(): StampedStream | null {
  return stamped;
}

/**
 * Recording required and no camera ready: the scan is refused here, in words, before main is asked (main
 * refuses it too). null when the scan may go ahead.
 */
export function cameraRefusal(words: string): ErrorInfo | null {
  const { settings, camera: status } = videoSnapshot();
  if (settings?.mode !== 'required' || status === 'ready') return null;
  return {
    kind: 'invalid_input',
    step: 'resolve',
    message: words,
    retryable: false,
    requestId: null,
    httpStatus: null,
  };
}

if (typeof navigator !== 'undefined' && navigator.mediaDevices?.addEventListener) {
  navigator.mediaDevices.addEventListener('devicechange', () => {
    const settings = videoSnapshot().settings;
    if (settings && videoSnapshot().camera !== 'ready') void applyVideoSettings(settings, true);
    else void listCameras().then(videoActions.setDevices, () => undefined);
  });
}
