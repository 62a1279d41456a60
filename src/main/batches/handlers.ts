// The batch channels (src/shared/ipc/batch-channels.ts): the preview reads the API, the rest are the
// batch service's. Starting and reprinting are supervisor channels (checked by the IPC wrapper).
import type { OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import type { BatchService } from './batch-service';
import { previewBatch } from './candidates';
import { failuresCsv } from './failures-csv';

type BatchChannel =
  | 'batch:preview'
  | 'batch:start'
  | 'batch:current'
  | 'batch:get'
  | 'batch:list'
  | 'batch:failuresCsv'
  | 'batch:resume'
  | 'batch:reprint';

export interface BatchHandlerDeps {
  api: () => OrdersApi;
  batches: () => Promise<BatchService>;
}

export function batchHandlers(deps: BatchHandlerDeps): HandlersFor<BatchChannel> {
  return {
    'batch:preview': ({ filter }) => previewBatch(deps.api(), filter),
    'batch:start': async ({ orderCodes, pickupOption }) =>
      (await deps.batches()).start(orderCodes, pickupOption),
    'batch:current': async () => (await deps.batches()).current(),
    'batch:get': async ({ batchId }) => (await deps.batches()).get(batchId),
    'batch:list': async () => (await deps.batches()).list(),
    'batch:failuresCsv': async ({ batchId }) => failuresCsv((await deps.batches()).get(batchId)),
    'batch:resume': async ({ batchId }) => (await deps.batches()).resume(batchId),
    'batch:reprint': async ({ batchId, orderCode }) =>
      (await deps.batches()).reprint(batchId, orderCode ?? null),
  };
}
