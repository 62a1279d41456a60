// The composition root: builds every service from its dependencies and assembles ONE handler table from
// per-feature handler objects. Both hosts (Electron, browser) call this and only differ in transport.
// To add a feature: build its service below, add `...featureHandlers(deps)` to the table, close it in close().
import type { Result } from '../../shared/errors';
import type { ChannelName, ChannelResult } from '../../shared/ipc/contract';
import { createEventBus, type EventBus } from '../ipc/event-bus';
import type { Handlers } from '../ipc/handlers';
import { invokeHandler } from '../ipc/invoke';
import type { Logger } from '../log/logger';
import { createPrinterDriver } from '../printing';
import type { PrinterDriver } from '../printing/types';
import { createDocumentFeatures, type DocumentFeatures } from '../documents/compose-documents';
import { forgetSecretEnv } from '../printing/run-command';
import type { Redactor } from '../log/redact';
import { settingsHandlers, supervisorHandlers } from '../settings/handlers';
import { createSettingsService, type SettingsService } from '../settings/settings-service';
import type { KeyValueStore } from '../settings/store';
import { createSupervisorSessions, type SupervisorSessions } from '../settings/supervisor';
import { storedAttempts } from '../settings/pin-attempts';
import type { SecretVault } from '../settings/vault';
import { cancelHandlers } from '../order-writes/cancel-handlers';
import { ordersHandlers } from '../order-writes/orders-handlers';
import { createPacking, type PackingServices } from '../packing/compose-packing';
import { peopleHandlers } from '../people/handlers';
import { openPeople } from '../people/open-people';
import type { PeopleService } from '../people/people-service';
import { reportHandlers } from '../report/handlers';
import { openReport } from '../report/open-report';
import { composeReturns } from '../returns/compose-returns';
import { createBatches } from '../batches/compose-batches';
import { createVideo, type VideoServices } from '../video/compose-video';
import { appHandlers, appInfo } from './app-handlers';
import { createConnection, type Connection, type ConnectionFactories } from './connection';
import { readLaunchOptions, type Env, type LaunchOptions } from './launch-options';
import { tightenDataDir } from './private-files';

export interface ComposeOptions {
  dataDir: string;
  store: KeyValueStore;
  vault: SecretVault;
  env: Env;
  argv: readonly string[];
  host: 'electron' | 'web';
  log: Logger;
  /** Masks the key in logs once main knows it. */
  redactor?: Redactor;
  version?: string;
  /** Tests inject fakes; by default the real client and sandbox are loaded. */
  factories?: ConnectionFactories;
  /** Tests inject a printer driver; by default the OS's (CUPS or Windows). */
  printerDriver?: PrinterDriver;
  /** Work-queue refresh period (ms); 0 = only on demand. Default one minute. */
  syncIntervalMs?: number;
}

export interface StationServices {
  settings: SettingsService;
  connection: Connection;
  supervisor: SupervisorSessions;
  packing: PackingServices;
  people: PeopleService;
  documents: DocumentFeatures;
  video: VideoServices;
}

export interface Station {
  handlers: Handlers;
  events: EventBus;
  services: StationServices;
  launch: LaunchOptions;
  /** Validates, checks supervisor access, runs the handler: what every host calls. */
  invoke<C extends ChannelName>(channel: C, rawArg: unknown): Promise<Result<ChannelResult<C>>>;
  close(): Promise<void>;
}

export async function composeStation(opts: ComposeOptions): Promise<Station> {
  const { log } = opts;
  const launch = readLaunchOptions(opts.argv, opts.env);
  // The key now lives in `launch`; no child process (lp, SumatraPDF, PowerShell) may inherit it.
  forgetSecretEnv(process.env);
  const factories = opts.factories ?? (await import('./default-factories')).defaultFactories;
  await makeDataDirPrivate(opts.dataDir, log);
  const events = createEventBus((err) => log.error('An event listener failed', { error: err }));

  const settings = await createSettingsService({
    store: opts.store,
    vault: opts.vault,
    provisioning: launch.provisioning,
    log,
    redactor: opts.redactor,
  });
  const supervisor = createSupervisorSessions({
    pin: () => settings.pinState(),
    // On a real API a PIN is needed before any supervisor action; demo and first-time setup stay open.
    openWithoutPin: () => {
      const status = connection.status();
      return status.demo || status.locked !== null;
    },
    attempts: storedAttempts(opts.store),
  });
  const connection = createConnection({
    settings,
    provisioning: launch.provisioning,
    demoRequested: launch.demo,
    factories,
    log,
  });
  await connection.refresh();

  const info = { version: opts.version ?? '0.0.0', host: opts.host, dataDir: opts.dataDir, connection };
  const deps = { settings, connection, supervisor };
  const people = await openPeople({ dataDir: opts.dataDir, settings, events });
  const driver = opts.printerDriver ?? createPrinterDriver(process.platform);
  const packing = createPacking({
    packer: () => people.current(),
    dataDir: opts.dataDir,
    api: () => connection.requireApi(),
    settings,
    events,
    log,
    driver,
    syncIntervalMs: opts.syncIntervalMs,
  });
  const returns = composeReturns({
    dataDir: opts.dataDir,
    api: () => connection.requireApi(),
    packing,
    settings,
    events,
    log,
  });
  const api = () => connection.requireApi();
  const documents = await createDocumentFeatures({
    ...opts,
    api,
    settings,
    queue: packing.queue,
    driver,
    events,
  });
  // Order writes need the API online; the work queue looks a changed order up again at once.
  const writes = {
    api: () => connection.requireApi(),
    connectivity: packing.connectivity,
    log,
    onOrderChanged: (code: string) => void packing.queue.refreshDetail(code).catch(() => undefined),
  };
  const batches = createBatches({ dataDir: opts.dataDir, api: writes.api, ...packing.printer, events, log });
  const video = await createVideo({
    dataDir: opts.dataDir,
    timeZone: () => settings.current().timeZone,
    awbOf: async (code) =>
      (await packing.queue.refreshDetail(code))?.detail?.shipping_info.tracking_number ?? null,
    onSettings: (v) => events.emit('video:settings', v),
    log,
  });
  const handlers: Handlers = video.guard({
    ...appHandlers(info),
    ...settingsHandlers(deps),
    ...supervisorHandlers(deps),
    ...packing.handlers,
    ...cancelHandlers(writes),
    ...ordersHandlers(writes),
    ...peopleHandlers({ people }),
    ...reportHandlers({ report: openReport({ dataDir: opts.dataDir, settings, packing }) }),
    ...returns.handlers,
    ...batches.handlers,
    ...documents.handlers,
    ...video.handlers,
  });

  const unsubscribe = [
    settings.onChange(() =>
      settings.view().then(
        (v) => events.emit('settings:changed', v),
        (err: unknown) => log.error('Could not publish changed settings', { error: err }),
      ),
    ),
    connection.onChange(() => {
      events.emit('app:changed', appInfo(info));
      // A new connection (key, URL, demo) means the open orders may have changed: sync now.
      void packing.refreshQueue().catch(() => undefined);
    }),
  ];
  await packing.start();
  returns.start();

  return {
    handlers,
    events,
    services: { settings, connection, supervisor, packing, people, documents, video },
    launch,
    invoke: (channel, rawArg) =>
      invokeHandler(handlers, channel, rawArg, { host: opts.host, supervisor, log }),
    async close() {
      for (const u of unsubscribe) u();
      await returns.close();
      await batches.close();
      documents.close();
      await video.close();
      await packing.close();
      await people.flush();
      await connection.close();
    },
  };
}

/** Once at start: files left with wider modes (an older version, a wide umask) become private again. */
async function makeDataDirPrivate(dataDir: string, log: Logger): Promise<void> {
  const { changed, failed } = await tightenDataDir(dataDir);
  if (changed.length) log.info('Data dir: narrowed file modes to this user only', { count: changed.length });
  if (failed.length)
    log.warn('Data dir: some files could not be made private', { paths: failed.slice(0, 10) });
}
