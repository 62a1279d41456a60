// Handlers of the bench's channels (src/shared/ipc/flow-, queue-, printing-, outbox- and cancel-channels.ts): thin, they translate between the
// contract's shapes and the services, and turn a service's Result into a value or a thrown StationError.
import type { ErrorInfo, Result } from '../../shared/errors';
import { StationError } from '../errors/station-error';
import type { HandlersFor } from '../ipc/handlers';
import type { PackFlow } from '../station/pack-flow';
import { readyToPack } from '../workqueue/ready';
import type { PackingServices } from './compose-packing';

type BenchChannel =
  | 'flow:scan'
  | 'flow:finishVerification'
  | 'flow:cancelCurrent'
  | 'flow:setPickupOption'
  | 'flow:nextPickupOption'
  | 'flow:reprint'
  | 'flow:reprintLast'
  | 'flow:confirmLabel'
  | 'tray:list'
  | 'tray:print'
  | 'shift:get'
  | 'queue:status'
  | 'queue:refresh'
  | 'queue:codes'
  | 'queue:ready'
  | 'queue:order'
  | 'printers:list'
  | 'printers:testLabel'
  | 'commands:printSheet'
  | 'outbox:list'
  | 'outbox:summary'
  | 'outbox:retry'
  | 'outbox:retryAll'
  | 'outbox:discard'
  | 'connectivity:probe'
  | 'cancel:approve'
  | 'cancel:reject';

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new StationError(result.error);
}

function fail(error: ErrorInfo): never {
  throw new StationError(error);
}

export function packingHandlers(bench: PackingServices): HandlersFor<BenchChannel> {
  const flow = (): Promise<PackFlow> => bench.flow();
  return {
    'flow:scan': async ({ code }) => (await flow()).scan(code),
    'flow:finishVerification': async ({ orderCode, counts }) =>
      unwrap((await flow()).finishVerification(orderCode, counts)),
    'flow:cancelCurrent': async () => ({ cancelled: (await flow()).cancelCurrent() }),
    'flow:setPickupOption': async ({ orderCode, pickupOption }) =>
      unwrap((await flow()).setPickupOption(orderCode, pickupOption)),
    'flow:nextPickupOption': async ({ orderCode }) => unwrap((await flow()).nextPickupOption(orderCode)),
    'flow:reprint': async ({ orderCode }) => unwrap(await (await flow()).reprint(orderCode)),
    'flow:reprintLast': async () => unwrap(await (await flow()).reprintLast()),
    'flow:confirmLabel': async ({ orderCode, tracking }) =>
      unwrap(await (await flow()).confirmLabel(orderCode ?? null, tracking)),
    'tray:list': async () => bench.trayView(),
    'tray:print': async () => {
      const result = await (await flow()).printTray();
      bench.publishTray();
      if (result.error && result.printed.length === 0) fail(result.error);
      return { printed: result.printed.length, orderCodes: result.printed, held: result.held };
    },
    'shift:get': async () => (await flow()).shiftCounters(),
    'queue:status': async () => bench.queueStatus(),
    'queue:refresh': async () => {
      await bench.refreshQueue();
      return bench.queueStatus();
    },
    'queue:codes': async () =>
      bench
        .queue()
        .list()
        .map((o) => o.orderCode),
    'queue:ready': async ({ limit }) => readyToPack(bench.queue().list(), limit),
    'queue:order': async ({ orderCode }) => bench.orderView(orderCode),
    'printers:list': async () => bench.listPrinters(),
    'printers:testLabel': async () => bench.testLabel(),
    'commands:printSheet': async () => bench.commandSheet(),
    'outbox:list': async () => (await bench.outbox()).list(),
    'outbox:summary': async () => bench.outboxStatus(),
    'outbox:retry': async ({ id }) => {
      const outbox = await bench.outbox();
      await outbox.retry(id);
      const entry = outbox.list().find((e) => e.id === id);
      if (!entry)
        fail({
          kind: 'invalid_input',
          message: 'That action is no longer in the outbox.',
          retryable: false,
          requestId: null,
          httpStatus: null,
        });
      return entry;
    },
    'outbox:retryAll': async ({ kind }) => (await bench.outbox()).retryAll(kind ? { kind } : {}),
    'outbox:discard': async ({ id, reason }) => {
      await (await bench.outbox()).discard(id, reason);
      return { discarded: true };
    },
    'connectivity:probe': async () => bench.connectivity.probe(),
    'cancel:approve': async ({ orderCode }) => bench.decideCancel(orderCode, true),
    'cancel:reject': async ({ orderCode }) => bench.decideCancel(orderCode, false),
  };
}
