// The typed main → renderer event stream. Services `emit`; each host subscribes once and forwards
// (Electron: webContents.send on EVENT_CHANNEL; browser host: SSE).
import type { StationEvent, StationEventListener, StationEvents } from '../../shared/ipc/events';

export interface EventBus {
  emit<K extends keyof StationEvents>(name: K, payload: StationEvents[K]): void;
  subscribe(listener: StationEventListener): () => void;
}

export function createEventBus(onListenerError?: (err: unknown) => void): EventBus {
  const listeners = new Set<StationEventListener>();
  return {
    emit(name, payload) {
      const event = { name, payload } as StationEvent;
      for (const l of [...listeners]) {
        try {
          l(event);
        } catch (err) {
          onListenerError?.(err);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
