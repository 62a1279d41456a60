// `window.station` as the preload exposes it (absent in the browser host: see src/renderer/src/bridge).
import type { StationApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    station?: StationApi;
  }
}

export {};
