// The station's link to an Orders API: decides the mode (demo / live / locked), owns the client (and the
// embedded sandbox in demo), rebuilds them when settings or the key change, and tests the connection.
import { randomBytes } from 'node:crypto';
import type { ConnectionTest, LockReason } from '../../shared/app';
import type { ApiLogger, OrdersApi } from '../api/types';
import { StationError } from '../errors/station-error';
import type { Logger } from '../log/logger';
import type { Provisioning, SettingsService } from '../settings/settings-service';
import { decideMode, type StationMode } from './mode';

export interface OrdersClientLike extends OrdersApi {
  close(): Promise<void>;
}

export interface SandboxLike {
  apiOrigin: string;
  close(): Promise<void>;
}

/** What the connection needs from the api/ and sandbox/ modules (injected so tests can fake them). */
export interface ConnectionFactories {
  startSandbox(opts: { tenants: { id: string; key: string }[] }): Promise<SandboxLike>;
  createOrdersClient(cfg: {
    baseUrl: string;
    tenantId: string;
    apiKey: string;
    logger?: ApiLogger;
  }): OrdersClientLike;
  describeConnectionFailure(err: unknown): {
    cause?: string;
    message: string;
    messageKey?: string;
    messageValues?: Record<string, string | number>;
    requestId?: string | null;
  };
}

export interface ConnectionStatus {
  demo: boolean;
  locked: LockReason | null;
}

export interface Connection {
  status(): ConnectionStatus;
  /** The API client, or null while locked. */
  api(): OrdersApi | null;
  /** The client, or a StationError saying why there is none. */
  requireApi(): OrdersApi;
  /** Re-decides the mode from current settings and key (after an update, a new key). */
  refresh(): Promise<void>;
  test(): Promise<ConnectionTest>;
  onChange(listener: (status: ConnectionStatus) => void): () => void;
  close(): Promise<void>;
}

export interface ConnectionDeps {
  settings: SettingsService;
  provisioning: Provisioning;
  demoRequested: boolean;
  factories: ConnectionFactories;
  log: Logger;
}

const DEMO_TENANT = 'DEMO';

export function createConnection(deps: ConnectionDeps): Connection {
  const { settings, factories, log } = deps;
  let mode: StationMode = { mode: 'locked', reason: 'not_configured' };
  let client: OrdersClientLike | null = null;
  let sandbox: SandboxLike | null = null;
  let queue: Promise<void> = Promise.resolve();
  const listeners = new Set<(s: ConnectionStatus) => void>();
  // One line per HTTP attempt with its request_id; the client never puts the key or headers in it.
  const apiLog: ApiLogger = {
    call: (entry) =>
      entry.errorKind ? log.warn('API call failed', { ...entry }) : log.info('API call', { ...entry }),
  };

  const status = (): ConnectionStatus => ({
    demo: mode.mode === 'demo',
    locked: mode.mode === 'locked' ? mode.reason : null,
  });

  async function drop(): Promise<void> {
    await client?.close().catch((err: unknown) => log.warn('Closing the API client failed', { error: err }));
    client = null;
    await sandbox
      ?.close()
      .catch((err: unknown) => log.warn('Closing the demo sandbox failed', { error: err }));
    sandbox = null;
  }

  async function apply(): Promise<void> {
    const current = settings.current();
    const next = decideMode({
      demoRequested: deps.demoRequested,
      settings: current,
      provisioning: deps.provisioning,
      secret: await settings.readApiKey(),
    });
    const same =
      next.mode === mode.mode &&
      (next.mode !== 'live' ||
        (mode.mode === 'live' &&
          next.apiUrl === mode.apiUrl &&
          next.tenantId === mode.tenantId &&
          next.apiKey === mode.apiKey)) &&
      (next.mode !== 'locked' || (mode.mode === 'locked' && next.reason === mode.reason)) &&
      (next.mode !== 'demo' || sandbox !== null);
    if (same) return;

    await drop();
    if (next.mode === 'demo') {
      const key = randomBytes(24).toString('base64url');
      sandbox = await factories.startSandbox({ tenants: [{ id: DEMO_TENANT, key }] });
      client = factories.createOrdersClient({
        baseUrl: sandbox.apiOrigin,
        tenantId: DEMO_TENANT,
        apiKey: key,
        logger: apiLog,
      });
      log.info('Demo mode: embedded sandbox started', { origin: sandbox.apiOrigin, why: next.why });
    } else if (next.mode === 'live') {
      client = factories.createOrdersClient({
        baseUrl: next.apiUrl,
        tenantId: next.tenantId,
        apiKey: next.apiKey,
        logger: apiLog,
      });
      log.info('Live mode', { apiUrl: next.apiUrl, tenantId: next.tenantId });
    } else {
      log.warn('Station locked', { reason: next.reason });
    }
    mode = next;
    const s = status();
    for (const l of [...listeners]) l(s);
  }

  function refresh(): Promise<void> {
    const run = queue.then(apply);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    status,
    api: () => client,
    requireApi() {
      if (client) return client;
      throw new StationError({
        kind: 'auth',
        step: 'settings',
        message:
          mode.mode === 'locked' && mode.reason === 'secret_unreadable'
            ? 'The station cannot read its API key on this computer.'
            : 'The station is not connected to the Orders API yet.',
        action: 'Ask a supervisor to enter the API key in Settings.',
        key: {
          key:
            mode.mode === 'locked' && mode.reason === 'secret_unreadable'
              ? 'supervisorErrors.keyUnreadable'
              : 'supervisorErrors.notConnected',
        },
      });
    },
    refresh,
    async test() {
      await queue;
      if (!client) {
        return {
          ok: false,
          cause: 'locked',
          message: 'No API key is available: enter it in Settings first.',
          messageKey: 'apiErrors.test.locked',
        };
      }
      try {
        await client.listOrders({ page: 1, per_page: 1 }, { deadlineMs: 10_000 });
        const demo = mode.mode === 'demo';
        const where = demo ? 'the demo sandbox' : settings.current().apiUrl;
        return {
          ok: true,
          message: `Connected to ${where}.`,
          ...(demo
            ? { messageKey: 'apiErrors.test.connectedDemo' }
            : { messageKey: 'apiErrors.test.connected', messageValues: { url: where } }),
        };
      } catch (err) {
        const d = factories.describeConnectionFailure(err);
        log.warn('Connection test failed', { cause: d.cause, requestId: d.requestId ?? requestIdOf(err) });
        return {
          ok: false,
          cause: d.cause,
          message: d.message,
          ...(d.messageKey ? { messageKey: d.messageKey, messageValues: d.messageValues ?? {} } : {}),
          requestId: d.requestId ?? requestIdOf(err),
        };
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await queue;
      await drop();
    },
  };
}

/** The API's request_id when the failure carries one (ApiError does). */
function requestIdOf(err: unknown): string | null {
  const id = typeof err === 'object' && err !== null ? (err as { requestId?: unknown }).requestId : undefined;
  return typeof id === 'string' ? id : null;
}
