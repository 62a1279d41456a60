// Online / offline from real API reachability, not from the network adapter: a network, timeout or 5xx
// failure reported by any caller marks the API unreachable and starts a probe (a cheap API call) with
// backoff; the first probe or call that gets an answer marks it reachable again.
import { messageFields, type ErrorInfo } from '../../shared/errors';
import type { ConnectivityView } from '../../shared/outbox/types';
import { isApiError } from '../api/errors';
import { equalJitterDelay, type BackoffPolicy } from './backoff';
import type { Connectivity } from './types';

export interface ConnectivityOptions {
  /** A cheap API call; resolves when the API answered (in production `listOrders({page:1, per_page:1})`). */
  probe: () => Promise<void>;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Start offline and probe at once (default: online until a failure says otherwise). */
  startOffline?: boolean;
}

export const DEFAULT_PROBE_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 30_000 };

/** Failures that say the API cannot be reached (a 4xx is an answer: the API is there). */
const UNREACHABLE = new Set(['network', 'timeout', 'server']);

export function isUnreachable(error: Pick<ErrorInfo, 'kind'>): boolean {
  return UNREACHABLE.has(error.kind);
}

export function createConnectivity(opts: ConnectivityOptions): Connectivity {
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const backoff = opts.backoff ?? DEFAULT_PROBE_BACKOFF;
  const iso = (): string => new Date(now()).toISOString();
  let view: ConnectivityView = { online: true, since: iso(), lastCheckAt: null, lastError: null };
  const listeners = new Set<(view: ConnectivityView) => void>();
  let timer: NodeJS.Timeout | null = null;
  let failedProbes = 0;
  let probing: Promise<ConnectivityView> | null = null;
  let closed = false;

  function set(online: boolean, lastError: ErrorInfo | null): void {
    const changed = online !== view.online;
    view = {
      online,
      since: changed ? iso() : view.since,
      lastCheckAt: iso(),
      lastError: online ? null : (lastError ?? view.lastError),
    };
    if (!changed) return;
    for (const listener of listeners) {
      try {
        listener(view);
      } catch {
        // A broken listener must not stop the others or the probe.
      }
    }
  }

  function schedule(): void {
    if (closed || timer || probing || view.online) return;
    const wait = equalJitterDelay(backoff, failedProbes + 1, random);
    timer = setTimeout(() => {
      timer = null;
      void connectivity.probe();
    }, wait);
  }

  function cancel(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    failedProbes = 0;
  }

  const connectivity: Connectivity = {
    current: () => view,
    reportFailure(error) {
      if (closed || !isUnreachable(error)) return;
      set(false, error);
      schedule();
    },
    reportSuccess() {
      if (closed) return;
      cancel();
      if (!view.online) set(true, null);
      else view = { ...view, lastCheckAt: iso() };
    },
    probe() {
      probing ??= (async () => {
        try {
          await opts.probe();
          cancel();
          set(true, null);
        } catch (err) {
          const info = toInfo(err);
          if (isUnreachable(info)) {
            failedProbes += 1;
            set(false, info);
          } else {
            // The API answered (401, 422...): it is reachable, whatever else is wrong.
            cancel();
            set(true, null);
          }
        } finally {
          probing = null;
        }
        schedule();
        return view;
      })();
      return probing;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      cancel();
      listeners.clear();
    },
  };
  if (opts.startOffline) {
    view = { ...view, online: false };
    void connectivity.probe();
  }
  return connectivity;
}

function toInfo(err: unknown): ErrorInfo {
  if (isApiError(err)) return err.toInfo();
  const why = err instanceof Error ? err.message : String(err);
  return {
    kind: 'network',
    message: `The Orders API could not be reached: ${why}`,
    ...messageFields({ key: 'outboxErrors.unreachable', values: { why } }),
    retryable: true,
    requestId: null,
    httpStatus: null,
  };
}
