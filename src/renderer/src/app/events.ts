// Main's events into the stores: one subscription for the whole renderer.
import type { StepEvent } from '../../../shared/station';
import { batchActions } from '../batches/batch-store';
import { flowActions, flowSnapshot } from '../pack/flow-store';
import { returnsActions } from '../returns/returns-store';
import { applyVideoSettings, syncVideo } from '../video/video-controller';
import { appActions } from './app-store';
import { firstSnapshot, type FirstSnapshot } from '../bridge';
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
        return onStep(event.payload);
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
      case 'people:changed':
        return appActions.setPeople(event.payload);
      case 'returns:changed':
        return returnsActions.setToday(event.payload);
      case 'batch:changed':
        return batchActions.setView(event.payload);
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

/**
 * The order card appears once resolved; verification starts when the flow waits for it. Both events carry
 * the order (main adds it), so nothing is fetched while main works on the scan.
 */
function onStep(step: StepEvent): void {
  if (!step.order) return;
  const current = flowSnapshot().current;
  if (!current || current.orderCode !== step.orderCode) return;
  const verifying = step.step === 'verify' && step.state === 'running';
  flowActions.orderResolved({ scanId: step.scanId, order: step.order, verify: verifying });
}

async function loadOrderCodes(): Promise<void> {
  const res = await station.queue.codes();
  if (res.ok) appActions.setOrderCodes(res.value);
}

let loadGeneration = 0;

/** Loads everything the screens show; only the newest of overlapping loads is applied. */
async function loadInitial(): Promise<void> {
  const generation = ++loadGeneration;
  const [info, settings, queue, tray, shift, outbox, codes, people] = await Promise.all([
    station.app.info(),
    station.settings.get(),
    station.queue.status(),
    station.tray.list(),
    station.shift.get(),
    station.outbox.summary(),
    station.queue.codes(),
    station.people.get(),
  ]);
  if (generation !== loadGeneration) return;
  applySnapshot({
    'app:info': info,
    'settings:get': settings,
    'queue:status': queue,
    'tray:list': tray,
    'shift:get': shift,
    'outbox:summary': outbox,
    'queue:codes': codes,
    'people:get': people,
  });
}

/**
 * The browser host's page carries the first snapshot (sealed with the launch token): the screens fill
 * from it before any round trip, so the bench can scan at once. The load once events flow still runs and
 * wins (it is newer).
 */
export async function loadFirstSnapshot(): Promise<void> {
  const generation = loadGeneration;
  const snapshot = await firstSnapshot().catch(() => null);
  if (snapshot && generation === loadGeneration) applySnapshot(snapshot);
}

function applySnapshot(s: FirstSnapshot): void {
  const { 'app:info': info, 'settings:get': settings, 'queue:status': queue } = s;
  const { 'tray:list': tray, 'shift:get': shift, 'outbox:summary': outbox, 'queue:codes': codes } = s;
  const { 'people:get': people } = s;
  if (info?.ok) appActions.setInfo(info.value);
  if (settings?.ok) appActions.setSettings(settings.value);
  if (queue?.ok) appActions.setQueue(queue.value);
  if (tray?.ok) appActions.setTray(tray.value);
  if (shift?.ok) appActions.setShift(shift.value);
  if (outbox?.ok) appActions.setOutbox(outbox.value);
  if (codes?.ok) appActions.setOrderCodes(codes.value);
  if (people?.ok) appActions.setPeople(people.value);
}
