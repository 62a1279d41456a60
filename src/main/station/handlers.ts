// The pack flow's channels (src/shared/ipc/flow-channels.ts): the scan, the packer's commands around it,
// the labels-pending tray and the shift counters (the command sheet is the document printer's: documents/). Thin: a flow Result becomes
// its value or a thrown StationError carrying the flow's own ErrorInfo.
import type { Result } from '../../shared/errors';
import type { TrayEntry } from '../../shared/station';
import { StationError } from '../errors/station-error';
import type { HandlersFor } from '../ipc/handlers';
import type { PackFlow } from './pack-flow';
import type { TrayItem } from './tray';

type FlowChannel =
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
  | 'tray:discard'
  | 'shift:get';

export interface FlowHandlerDeps {
  flow(): Promise<PackFlow>;
  /** Publishes the tray as it is now (`tray:changed`). */
  publishTray(): void;
  dataDir: string;
}

/** The tray as the screen lists it. */
export function trayEntries(items: readonly TrayItem[]): TrayEntry[] {
  return items.map((i) => ({ orderCode: i.orderCode, addedAt: i.addedAt, state: i.state }));
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new StationError(result.error);
}

export function flowHandlers(deps: FlowHandlerDeps): HandlersFor<FlowChannel> {
  const { flow } = deps;
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
    'tray:list': async () => trayEntries((await flow()).tray()),
    'tray:print': async () => {
      const result = await (await flow()).printTray();
      deps.publishTray();
      if (result.error && result.printed.length === 0) throw new StationError(result.error);
      return { printed: result.printed.length, orderCodes: result.printed, held: result.held };
    },
    'tray:discard': async ({ orderCode }) => {
      const f = await flow();
      if (!(await f.discardFromTray(orderCode)))
        throw new StationError({
          kind: 'invalid_input',
          step: 'print',
          message: `Order ${orderCode} has no label waiting in the tray.`,
          action: 'Refresh the list: it may have printed or been discarded already.',
          key: { key: 'stationErrors.noLabelWaiting', values: { code: orderCode } },
        });
      deps.publishTray();
      return trayEntries(f.tray());
    },
    'shift:get': async () => (await flow()).shiftCounters(),
  };
}
