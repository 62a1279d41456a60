// The composition root: builds every service from its dependencies and assembles ONE handler table from
// per-feature handler objects. Both hosts (Electron, browser) call this and only differ in transport.
// The pack loop's services are built here; the shift's features (report, returns, batches, documents,
// video) in compose-features.ts. A new feature: its handler table there, one line in the contract.
import { createEventBus } from '../ipc/event-bus';
import type { Handlers } from '../ipc/handlers';
import { invokeHandler } from '../ipc/invoke';
import { createPrinterDriver } from '../printing';
import { forgetSecretEnv } from '../printing/run-command';
import { settingsHandlers, supervisorHandlers } from '../settings/handlers';
import { createSettingsService } from '../settings/settings-service';
import { createSupervisorSessions } from '../settings/supervisor';
import { storedAttempts } from '../settings/pin-attempts';
import { cancelHandlers } from '../order-writes/cancel-handlers';
import { ordersHandlers } from '../order-writes/orders-handlers';
import { createPacking } from '../packing/compose-packing';
import { openPeople } from '../people/open-people';
import { appHandlers, appInfo } from './app-handlers';
import { composeFeatures } from './compose-features';
import { createConnection } from './connection';
import { readLaunchOptions } from './launch-options';
import { makeDataDirPrivate } from './private-files';
import type { ComposeOptions, Station } from './station-types';

export type { ComposeOptions, Station, StationServices } from './station-types';

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
  const api = () => connection.requireApi();
  const packing = createPacking({
    packer: () => people.current(),
    dataDir: opts.dataDir,
    api,
    settings,
    events,
    log,
    driver,
    syncIntervalMs: opts.syncIntervalMs,
  });
  const features = await composeFeatures({
    dataDir: opts.dataDir,
    api,
    settings,
    events,
    log,
    packing,
    people,
    driver,
    pickFolder: opts.pickFolder,
  });
  // Order writes need the API online; the work queue looks a changed order up again at once.
  const writes = {
    api,
    connectivity: packing.connectivity,
    log,
    onOrderChanged: (code: string) => void packing.queue.refreshDetail(code).catch(() => undefined),
  };
  const handlers: Handlers = features.guard({
    ...appHandlers(info),
    ...settingsHandlers(deps),
    ...supervisorHandlers(deps),
    ...packing.handlers,
    ...cancelHandlers(writes),
    ...ordersHandlers(writes),
    ...features.handlers,
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
  features.start();

  return {
    handlers,
    events,
    services: {
      settings,
      connection,
      supervisor,
      packing,
      people,
      documents: features.documents,
      video: features.video,
    },
    launch,
    invoke: (channel, rawArg) =>
      invokeHandler(handlers, channel, rawArg, { host: opts.host, supervisor, log }),
    async close() {
      for (const u of unsubscribe) u();
      await features.close();
      await packing.close();
      await people.flush();
      await connection.close();
    },
  };
}
