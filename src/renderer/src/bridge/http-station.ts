// StationApi over the browser host's HTTP protocol (see src/main/host/web-server.ts). Built generically
// from the contract's channel list — fine here: this is the renderer, not the preload.
import type { ErrorInfo, Result } from '../../../shared/errors';
import { CHANNEL_NAMES, splitChannel, type ChannelName, type StationApi } from '../../../shared/ipc/contract';
import type { StationEvent, StationEventListener } from '../../../shared/ipc/events';
import { openEventStream } from './sse';

function transportError(message: string): ErrorInfo {
  return { kind: 'network', message, retryable: true, requestId: null, httpStatus: null };
}

/** `fetchImpl` is for tests under Node, which does not send an Origin header by itself. */
export function createHttpStation(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): StationApi {
  async function call(channel: ChannelName, arg: unknown): Promise<Result<unknown>> {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(arg === undefined ? {} : { arg }),
      });
    } catch {
      return { ok: false, error: transportError('The station host is not answering. Is it still running?') };
    }
    if (res.status === 401) {
      return {
        ok: false,
        error: {
          ...transportError('This tab is not signed in to the station host: open the link it printed.'),
          kind: 'auth',
          retryable: false,
        },
      };
    }
    if (!res.ok) return { ok: false, error: transportError(`The station host answered HTTP ${res.status}.`) };
    return (await res.json()) as Result<unknown>;
  }

  // Each listener with its onSubscribed callback, run whenever the stream (re)opens.
  const listeners = new Map<StationEventListener, (() => void) | undefined>();
  let stopStream: (() => void) | null = null;
  let open = false;
  const dispatch = (event: StationEvent) => listeners.forEach((_, l) => l(event));
  const opened = () => {
    open = true;
    listeners.forEach((onSubscribed) => onSubscribed?.());
  };

  const api: Record<string, Record<string, (arg?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [ns, method] = splitChannel(channel);
    (api[ns] ??= {})[method] = (arg?: unknown) => call(channel, arg);
  }
  const station = {
    ...api,
    onEvent(listener: StationEventListener, onSubscribed?: () => void) {
      listeners.set(listener, onSubscribed);
      if (open && onSubscribed) queueMicrotask(onSubscribed);
      stopStream ??= openEventStream({
        url: `${baseUrl}/events`,
        token,
        onEvent: dispatch,
        onOpen: opened,
        onClose: () => {
          open = false;
        },
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopStream) {
          stopStream();
          stopStream = null;
          open = false;
        }
      };
    },
  };
  // Built from CHANNEL_NAMES, so it has exactly the contract's methods; TS cannot see that through the loop.
  return station as unknown as StationApi;
}
