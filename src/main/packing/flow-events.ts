// What the pack flow tells the rest of the station: each step as an event (with the order card when the
// step shows it, so the screen needs no pull after it) and a log line once it ends; the flow's settings
// and shift windows read from Settings; the shift counters pushed again when the time zone or shift
// starts change.
import type { StepEvent } from '../../shared/station';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import type { SettingsService } from '../settings/settings-service';
import type { PackFlow } from '../station/pack-flow';
import type { ShiftConfig } from '../station/shift';
import type { StationFlowSettings } from '../station/types';
import { orderView } from '../workqueue/handlers';
import type { WorkQueue } from '../workqueue/work-queue';

export function flowSettings(settings: Pick<SettingsService, 'current'>): StationFlowSettings {
  const s = settings.current();
  const verification = s.verification === 'optional' ? 'on' : s.verification;
  return { verification, confirmLabel: s.confirmLabel, pickupOption: s.pickupOption };
}

/** The station's own time zone and shift starts (Settings), never a fixed Asia/Jakarta. */
export function shiftConfig(settings: Pick<SettingsService, 'current'>): ShiftConfig {
  const s = settings.current();
  return { timeZone: s.timeZone, starts: s.shiftStarts };
}

/** Publishes each step (and logs it once it ends). */
export function stepPublisher(deps: {
  events: EventBus;
  log: Logger;
  queue: WorkQueue;
}): (event: StepEvent) => void {
  /** The order card comes with the event that shows it (resolve done, verify running): no pull after it. */
  function withOrder(event: StepEvent): StepEvent {
    const shows =
      (event.step === 'resolve' && event.state === 'done') ||
      (event.step === 'verify' && event.state === 'running');
    const order = shows ? orderView(deps.queue, event.orderCode) : null;
    return order ? { ...event, order } : event;
  }
  return (event) => {
    deps.events.emit('flow:step', withOrder(event));
    if (event.state !== 'running') deps.log.info('step', stepLog(event));
  };
}

/** A new time zone or shift start moves the counters at once. Returns the unsubscribe. */
export function followShiftSettings(
  settings: Pick<SettingsService, 'current' | 'onChange'>,
  flow: Promise<PackFlow>,
  events: EventBus,
): () => void {
  let shiftKey = JSON.stringify(shiftConfig(settings));
  return settings.onChange(() => {
    const key = JSON.stringify(shiftConfig(settings));
    if (key === shiftKey) return;
    shiftKey = key;
    void flow.then((f) => events.emit('shift:changed', f.shiftCounters())).catch(() => undefined);
  });
}

function stepLog(event: StepEvent): Record<string, unknown> {
  return {
    orderCode: event.orderCode,
    step: event.step,
    state: event.state,
    durationMs: event.durationMs,
    requestId: event.error?.requestId,
    error: event.error?.message,
  };
}
