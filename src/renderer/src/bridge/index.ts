// How the renderer reaches main: `window.station` from the preload under Electron, or the browser host
// over HTTP when there is no preload. The renderer calls getStation() and never cares which.
import type { StationApi } from '../../../shared/ipc/contract';
import { createHttpStation } from './http-station';
import { readFirstSnapshot, type FirstSnapshot } from './first-snapshot';
import { takeLaunchToken } from './launch-token';

let cached: StationApi | null = null;
let token: string | null = null;

export function getStation(): StationApi {
  if (cached) return cached;
  if (window.station) {
    cached = window.station;
    return cached;
  }
  token = takeLaunchToken();
  // Without a token every call answers "not signed in" with the reason, rather than failing to start.
  cached = createHttpStation(window.location.origin, token ?? '');
  return cached;
}

/** The first snapshot sealed into the browser host's page, when there is one (null under Electron). */
export function firstSnapshot(): Promise<FirstSnapshot | null> {
  getStation();
  return readFirstSnapshot(token);
}

export type { FirstSnapshot, StationApi };
