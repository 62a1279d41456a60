// One clip per order, driven by the pack flow as the flow store shows it: a clip starts once the scanned
// order is resolved, stops N seconds (setting) after its label printed, at once when the order stops,
// fails or is cancelled, and at once when another scan comes (the next clip is a new one, never appended).
import type { ClipEndReason } from '../../../shared/video/types';
import type { ScanOutcome } from '../../../shared/station';
import { appSnapshot } from '../app/app-store';
import { station } from '../app/station';
import { onCurrentOrderChange } from '../pack/flow-selectors';
import type { CurrentOrder } from '../pack/flow-store';
import { frameSize } from './camera';
import { ClipRecorder } from './recorder';
import { currentStamped } from './video-controller';
import { videoActions, videoSnapshot } from './video-store';

/** The order in hand; the packer on its stamp is who is packing at the bench when the clip starts. */
type FlowOrder = CurrentOrder;

interface Active {
  scanId: string;
  orderCode: string;
  clip: Promise<ClipRecorder | null>;
  stopping: boolean;
  awbAsked: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

let active: Active | null = null;
let lastStarted: string | null = null;

function endReasonOf(outcome: ScanOutcome): ClipEndReason {
  switch (outcome.kind) {
    case 'printed':
      return 'printed';
    case 'failed':
      return 'failed';
    case 'parked':
      return 'cancelled';
    default:
      return 'stopped';
  }
}

function stop(reason: ClipEndReason): void {
  const ending = active;
  if (!ending || ending.stopping) return;
  ending.stopping = true;
  if (ending.timer) clearTimeout(ending.timer);
  active = null;
  void ending.clip.then(async (clip) => {
    if (!clip) return;
    await clip.stop(reason);
    // Nothing recording now: the canvas stops drawing (no cost between orders).
    if (!active) currentStamped()?.setText(null);
    if (videoSnapshot().recording?.clipId === clip.clipId) videoActions.setRecording(null);
  });
}

function start(current: FlowOrder, scanId: string): void {
  const settings = videoSnapshot().settings;
  const stamped = currentStamped();
  lastStarted = scanId;
  if (!settings || settings.mode === 'off' || !stamped || videoSnapshot().camera !== 'ready') return;
  const clip = ClipRecorder.start(
    stamped,
    {
      orderCode: current.orderCode,
      scanId,
      packer: appSnapshot().people?.current?.name ?? null,
      timeZone: appSnapshot().settings?.timeZone ?? 'Asia/Jakarta',
    },
    { width: frameSize(settings).width, onError: (e) => videoActions.setError(e) },
  ).then((c) => {
    if (c) {
      videoActions.setError(null);
      videoActions.setRecording({ clipId: c.clipId, orderCode: current.orderCode, awb: null });
    }
    return c;
  });
  active = { scanId, orderCode: current.orderCode, clip, stopping: false, awbAsked: false, timer: null };
}

function askAwb(a: Active): void {
  a.awbAsked = true;
  void a.clip.then(async (clip) => {
    if (!clip) return;
    const res = await station.video.awb({ clipId: clip.clipId });
    if (res.ok && res.value.awb) {
      clip.setAwb(res.value.awb);
      videoActions.setAwb(clip.clipId, res.value.awb);
    }
  });
}

export function onFlow(current: FlowOrder | null): void {
  if (active) {
    if (!current) return stop('cancelled');
    // Another scan: a different order, or the same code scanned again (a fresh scan has no scanId yet).
    if (current.orderCode !== active.orderCode || current.scanId !== active.scanId) return stop('superseded');
  }
  if (!current?.scanId) return;
  if (
    !active &&
    current.scanId !== lastStarted &&
    current.steps.resolve?.state === 'done' &&
    !current.outcome
  )
    start(current, current.scanId);
  if (!active) return;
  const { steps, outcome } = current;
  const packed = steps.set_packed?.state === 'done' || steps.label?.state === 'done';
  if (packed && !active.awbAsked) askAwb(active);
  if (outcome && outcome.kind !== 'printed') return stop(endReasonOf(outcome));
  if ((steps.print?.state === 'done' || outcome?.kind === 'printed') && !active.timer) {
    const seconds = videoSnapshot().settings?.stopAfterSeconds ?? 5;
    active.timer = setTimeout(() => stop('printed'), seconds * 1000);
  }
}

/** Starts following the pack flow; returns the unsubscribe (also ends any clip as stopped). */
export function followPackFlow(): () => void {
  const unsubscribe = onCurrentOrderChange(onFlow);
  return () => {
    unsubscribe();
    stop('stopped');
  };
}
