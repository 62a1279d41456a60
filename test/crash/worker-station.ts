// The station a crash worker runs: the real composition root (composeStation), as the browser host builds
// it — a JSON settings store and a file vault in the data dir, provisioning from the environment
// (PACKING_API_URL, PACKING_TENANT_ID, PACKING_API_KEY, PACKING_PRINTER=CAPTURE) — with the work-queue
// timer off so only the start-up sync and the station's own calls reach the API. Its CUPS driver is the
// real one, wrapped only to record which jobs this station submitted (print-log.ts).
import { join } from 'node:path';
import { composeStation, type Station } from '../../src/main/app/compose';
import { createFileSink } from '../../src/main/log/file-log';
import { createLogger } from '../../src/main/log/redact';
import { createPrinterDriver } from '../../src/main/printing';
import type { PackFlow } from '../../src/main/station/pack-flow';
import type { Outbox } from '../../src/main/outbox/types';
import { createJsonFileStore } from '../../src/main/settings/store';
import { createFileVault } from '../../src/main/settings/vault';
import type { StepEvent } from '../../src/shared/station/flow';
import { recordingDriver } from './print-log';

export interface WorkerStation {
  station: Station;
  flow: PackFlow;
  outbox: Outbox;
  /** Step events of one scan, in order. */
  stepsOf(scanId: string): StepEvent[];
  forget(scanId: string): void;
}

/** `printLog`: where the wrapped CUPS driver records each submission (see print-log.ts). */
export async function openWorkerStation(dataDir: string, printLog: string): Promise<WorkerStation> {
  const log = createLogger(createFileSink({ dataDir, fileName: 'worker.log' }));
  const station = await composeStation({
    dataDir,
    store: createJsonFileStore(join(dataDir, 'settings.json')),
    vault: createFileVault(join(dataDir, 'secret', 'api-key')),
    env: process.env,
    argv: [],
    host: 'web',
    log,
    redactor: log.redactor,
    syncIntervalMs: 0,
    printerDriver: recordingDriver(createPrinterDriver(process.platform), printLog),
  });
  const steps = new Map<string, StepEvent[]>();
  station.events.subscribe((event) => {
    if (event.name !== 'flow:step') return;
    const list = steps.get(event.payload.scanId) ?? [];
    list.push(event.payload);
    steps.set(event.payload.scanId, list);
  });
  const packing = station.services.packing;
  // Every box goes straight from scan to label: item verification is a packer's step, not this test's.
  if (station.services.settings.current().verification !== 'off') {
    await station.services.settings.update({ verification: 'off' });
  }
  return {
    station,
    flow: await packing.flow(),
    outbox: await packing.outbox(),
    stepsOf: (scanId) => steps.get(scanId) ?? [],
    forget: (scanId) => void steps.delete(scanId),
  };
}

/** A clean exit: the station's own shutdown (queued actions stay journaled, tray and pack log saved). */
export async function shutDown(w: WorkerStation): Promise<void> {
  await w.station.close();
}
