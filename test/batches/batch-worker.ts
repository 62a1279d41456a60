// A station process that only runs batches, so kill -9 kills it as a power cut would. Env: BATCH_API,
// BATCH_DIR; argv: `start <codes…>` starts a batch, `resume` lets an unfinished one resume. Each change
// prints `view <json>`; the end prints `done <json>`.
import { batchPrinter } from '../../src/main/batches/compose-batches';
import { openBatchService } from '../../src/main/batches/batch-service';
import { createOrdersClient } from '../../src/main/api/client';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import { TENANT } from './rig';

const [mode, ...codes] = process.argv.slice(2);
const api = createOrdersClient({
  baseUrl: process.env.BATCH_API ?? '',
  tenantId: TENANT.id,
  apiKey: TENANT.key,
});
const quiet = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};
const service = await openBatchService({
  dir: process.env.BATCH_DIR ?? '',
  api: () => api,
  printer: batchPrinter(createCupsDriver(), () => ({ printer: 'CAPTURE', media: '4x6in' })),
  log: quiet,
  onChange: (view) => process.stdout.write(`view ${JSON.stringify({ id: view.id, counts: view.counts })}\n`),
  confirmTimeoutMs: 3_000,
});
if (mode === 'start') await service.start(codes, 'LATE_PICKUP');
await service.idle();
process.stdout.write(`done ${JSON.stringify(service.current())}\n`);
await service.close();
await api.close();
