// How the renderer reaches main: `window.station` from the preload under Electron, or the browser host
// over HTTP when there is no preload. The renderer calls getStation() and never cares which.
import type { StationApi } from '../../../shared/ipc/contract';
import { createHttpStation } from './http-station';
import { takeLaunchToken } from './launch-token';

let cached: StationApi | null = null;

export function getStation(): StationApi {
  if (cached) return cached;
  if (window.station) {
    cached = window.station;
    return cached;
  }
  const token = takeLaunchToken();
  // Without a token every call answers "not signed in" with the reason, rather than failing to start.
  cached = createHttpStation(window.location.origin, token ?? '');
  return cached;
}

export type { StationApi };
