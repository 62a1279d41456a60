// Main's events into the stores: one subscription for the whole renderer.
import type { StepEvent } from '../../../shared/station';
import { flowActions, flowSnapshot } from '../pack/flow-store';
import { applyVideoSettings, syncVideo } from '../video/video-controller';
import { appActions } from './app-store';
import { station } from './station';

/** One subscription; every snapshot is (re)loaded once events flow, so none sent before is missed. */
export function subscribeToStation(): () => void {
  const onSubscribed = (): void => {
    void loadInitial();
    // Main forgets the camera when it restarts: tell it again on every (re)connect.
    void syncVideo();
  };
  return station.onEvent((event) => {
    switch (event.name) {
      case 'app:changed':
        return appActions.setInfo(event.payload);
      case 'settings:changed':
        return appActions.setSettings(event.payload);
      case 'flow:step':
        flowActions.step(event.payload);
        return void onStep(event.payload);
      case 'tray:changed':
        return appActions.setTray(event.payload);
      case 'shift:changed':
        return appActions.setShift(event.payload);
      case 'queue:status':
        appActions.setQueue(event.payload);
        if (!event.payload.syncing) void loadOrderCodes();
        return;
      case 'outbox:changed':
        return appActions.setOutbox(event.payload);
      case 'video:settings':
        return void applyVideoSettings(event.payload);
      case 'print:failed':
        // A label that never came out of the printer holds the bench like any error.
        return flowActions.error(event.payload.error, event.payload.orderCode);
      case 'app:notice':
        return flowActions.notify({
          key: 'app.notice',
          values: { message: event.payload.message },
          tone: 'warning',
        });
    }
  }, onSubscribed);
}

/** The order card appears once resolved; verification starts when the flow waits for it. */
async function onStep(step: StepEvent): Promise<void> {
  const current = flowSnapshot().current;
  if (!current || current.orderCode !== step.orderCode) return;
  const resolved = step.step === 'resolve' && step.state === 'done';
  const verifying = step.step === 'verify' && step.state === 'running';
  if (!resolved && !verifying) return;
  const res = await station.queue.order({ orderCode: step.orderCode });
  if (res.ok && res.value)
    flowActions.orderResolved({ scanId: step.scanId, order: res.value, verify: verifying });
}

async function loadOrderCodes(): Promise<void> {
  const res = await station.queue.codes();
  if (res.ok) appActions.setOrderCodes(res.value);
}

let loadGeneration = 0;

/** Loads everything the screens show; only the newest of overlapping loads is applied. */
async function loadInitial(): Promise<void> {
  const generation = ++loadGeneration;
  const [info, settings, queue, tray, shift, outbox] = await Promise.all([
    station.app.info(),
    station.settings.get(),
    station.queue.status(),
    station.tray.list(),
    station.shift.get(),
    station.outbox.summary(),
  ]);
  if (generation !== loadGeneration) return;
  if (info.ok) appActions.setInfo(info.value);
  if (settings.ok) appActions.setSettings(settings.value);
  if (queue.ok) appActions.setQueue(queue.value);
  if (tray.ok) appActions.setTray(tray.value);
  if (shift.ok) appActions.setShift(shift.value);
  if (outbox.ok) appActions.setOutbox(outbox.value);
  await loadOrderCodes();
}
