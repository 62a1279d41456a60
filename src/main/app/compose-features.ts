// The shift's features around the pack loop: shift report, returns bench, batches, documents (slips,
// handover, search) and video. Each keeps its own handler table; this builds them in dependency order,
// wires what one gives another (the packer to returns, returns to the report, the document printer to
// the report), and starts and closes them. The composition root only spreads `handlers` into its table.
import type { Handlers } from '../ipc/handlers';
import type { OrdersApi } from '../api/types';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import { createBatches } from '../batches/compose-batches';
import { createDocumentFeatures } from '../documents/compose-documents';
import type { PackingServices } from '../packing/compose-packing';
import { peopleHandlers } from '../people/handlers';
import type { PeopleService } from '../people/people-service';
import type { PrinterDriver } from '../printing/types';
import { reportHandlers } from '../report/handlers';
import { openReport } from '../report/open-report';
import type { ReturnSource } from '../report/returns';
import { composeReturns } from '../returns/compose-returns';
import type { SettingsService } from '../settings/settings-service';
import { createVideo } from '../video/compose-video';

export interface FeatureDeps {
  dataDir: string;
  api: () => OrdersApi;
  settings: SettingsService;
  events: EventBus;
  log: Logger;
  packing: PackingServices;
  people: PeopleService;
  driver: PrinterDriver;
  /** The host's folder dialog (Electron), for video exports. */
  pickFolder?: () => Promise<string | null>;
}

export type Features = Awaited<ReturnType<typeof composeFeatures>>;

export async function composeFeatures(d: FeatureDeps) {
  const { dataDir, api, settings, events, log, packing, people } = d;
  const documents = await createDocumentFeatures({
    dataDir,
    api,
    settings,
    queue: packing.queue,
    driver: d.driver,
    events,
    log,
    packer: () => people.current()?.name ?? null,
  });
  const returns = composeReturns({
    dataDir,
    api,
    packing,
    settings,
    events,
    log,
    packer: () => people.current()?.name ?? null,
  });
  const report = openReport({
    dataDir,
    settings,
    flow: packing.flow,
    printDocument: async (file, title) => {
      const t = await documents.printer.target();
      return d.driver.submit({ file, printer: t.printer, media: t.media, fitToPage: true, title });
    },
    returns: returnsOf(returns.bench, people),
  });
  const batches = createBatches({ dataDir, api, ...packing.printer, events, log });
  const video = await createVideo({
    dataDir,
    timeZone: () => settings.current().timeZone,
    awbOf: async (code) =>
      (await packing.queue.refreshDetail(code))?.detail?.shipping_info.tracking_number ?? null,
    onSettings: (v) => events.emit('video:settings', v),
    log,
    pickFolder: d.pickFolder,
  });
  return {
    handlers: {
      ...peopleHandlers({ people }),
      ...reportHandlers({ report }),
      ...returns.handlers,
      ...batches.handlers,
      ...documents.handlers,
      ...video.handlers,
    },
    /** Wraps the whole table (video: a bench whose camera is required refuses order scans without one). */
    guard: (handlers: Handlers): Handlers => video.guard(handlers),
    documents,
    video,
    start: (): void => returns.start(),
    async close(): Promise<void> {
      await returns.close();
      await batches.close();
      documents.close();
      await video.close();
    },
  };
}

/** The returns bench's records as the report counts them; a packer is named by the bench, matched by name. */
function returnsOf(
  bench: ReturnType<typeof composeReturns>['bench'],
  people: Pick<PeopleService, 'view'>,
): ReturnSource {
  return async () => {
    const packers = people.view().packers;
    return (await bench()).all().map((r) => {
      const packer = r.packer ? (packers.find((p) => p.name === r.packer) ?? null) : null;
      return {
        orderCode: r.orderCode,
        at: r.at,
        reason: r.reason,
        packer: packer
          ? { id: packer.id, name: packer.name }
          : r.packer
            ? { id: r.packer, name: r.packer }
            : null,
      };
    });
  };
}
