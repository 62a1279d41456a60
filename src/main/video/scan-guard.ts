// Recording "required": a bench whose camera is not ready refuses order scans, in main as well as on the
// screen. Main cannot see the camera (it lives in the renderer), so the renderer reports its readiness on
// `video:camera` whenever it changes; until a report arrives the camera counts as missing (fail closed).
import type { VideoSettings } from '../../shared/video/types';
import { StationError } from '../errors/station-error';
import type { Handler } from '../ipc/handlers';

export interface CameraState {
  ready: boolean;
  label: string;
}

export function createCameraState(): { get(): CameraState; set(s: CameraState): void } {
  let state: CameraState = { ready: false, label: '' };
  return { get: () => state, set: (s) => void (state = s) };
}

export const CAMERA_REQUIRED_MESSAGE =
  'Recording is required on this bench and its camera is not ready, so orders cannot be scanned. ' +
  'Connect the camera (Settings → Camera), or ask a supervisor to make recording optional.';

export function guardScan(
  scan: Handler<'flow:scan'>,
  deps: { settings(): VideoSettings; camera(): CameraState },
): Handler<'flow:scan'> {
  return async (arg, ctx) => {
    if (deps.settings().mode === 'required' && !deps.camera().ready) {
      throw new StationError({
        kind: 'invalid_input',
        step: 'resolve',
        message: CAMERA_REQUIRED_MESSAGE,
        action: 'Connect the camera, or set recording to optional in Settings.',
        key: { key: 'benchErrors.cameraRequired' },
      });
    }
    return scan(arg, ctx);
  };
}
