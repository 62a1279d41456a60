// Main → renderer events: ONE typed map, pushed through ONE channel as `{name, payload}`.
// Type-only imports here: the sandboxed preload imports this file and must not pull in zod.
import type { SettingsView } from './settings';
import type { BatchView } from '../batches/types';
import type { AppInfo } from '../app';
import type { ErrorInfo } from '../errors';
import type { OutboxStatusView } from '../outbox/types';
import type { PeopleView } from '../people';
import type { ReturnRecordView } from './returns-channels';
import type { QueueStatusView, ShiftView, StepEvent, TrayEntry } from '../station';
import type { VideoSettings } from '../video/types';

/** The single IPC channel (and SSE event) all events travel on. */
export const EVENT_CHANNEL = 'station:event';

export interface StationEvents {
  /** Settings changed (by this window, another one, or provisioning). */
  'settings:changed': SettingsView;
  /** Mode or lock changed (e.g. key entered on a locked station). */
  'app:changed': AppInfo;
  /** Something the operator should see that is not an answer to a call. */
  'app:notice': { level: 'info' | 'warning'; message: string };
  /** A label the OS accepted never came out of the printer (paused, out of labels, failed): holds the bench. */
  'print:failed': { orderCode: string; error: ErrorInfo };
  /** A step of a scan (or of the after-print work) started, finished, failed or was skipped. */
  'flow:step': StepEvent;
  /** The labels-pending tray changed. */
  'tray:changed': TrayEntry[];
  /** Shift counters after a label printed here. */
  'shift:changed': ShiftView;
  /** Work-queue sync progress, result or failure. */
  'queue:status': QueueStatusView;
  /** The outbox changed (an action queued, sent, failed) or the API's reachability did. */
  'outbox:changed': OutboxStatusView;
  /** Who is packing changed (badge, pick, end), or the packer list did. */
  'people:changed': PeopleView;
  /** Today's returns at this bench, after one was recorded or its sending moved on. */
  'returns:changed': ReturnRecordView[];
  /** A bulk-pack batch moved (progress, outcomes, its label job). */
  'batch:changed': BatchView;
  /** The camera settings changed (recording mode, device, limits). */
  'video:settings': VideoSettings;
}

export type StationEventName = keyof StationEvents;

export type StationEvent = {
  [K in StationEventName]: { name: K; payload: StationEvents[K] };
}[StationEventName];

export type StationEventListener = (event: StationEvent) => void;
