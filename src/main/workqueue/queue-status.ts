// The work queue as the screen follows it: every sync event counts a revision and is published as
// `queue:status`, with the last sync's failure in words (and logged).
import type { ErrorInfo } from '../../shared/errors';
import type { QueueStatusView } from '../../shared/station';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import { followed } from '../ipc/followed';
import { WorkQueue, type WorkQueueOptions } from './work-queue';

export interface FollowedQueue {
  queue: WorkQueue;
  status(): QueueStatusView;
}

export function followedQueue(
  opts: Omit<WorkQueueOptions, 'onEvent'> & { events: EventBus; log: Logger },
): FollowedQueue {
  const { events, log, ...queueOpts } = opts;
  let lastSyncError: ErrorInfo | null = null;
  let syncing = false;
  const view = followed(() => {
    // The queue reports the end of a sync from inside it: it is over for the screen already.
    const s = status();
    events.emit('queue:status', syncing ? s : { ...s, syncing: false });
  });
  const queue = new WorkQueue({
    ...queueOpts,
    onEvent: (event) => {
      syncing = event.type === 'progress';
      if (event.type === 'sync_failed') {
        lastSyncError = event.error;
        log.warn('Work-queue sync failed', { kind: event.error.kind, requestId: event.error.requestId });
      }
      if (event.type === 'save_failed') {
        lastSyncError = event.error;
        log.warn('Work-queue save failed', { message: event.error.message });
      }
      if (event.type === 'synced') lastSyncError = null;
      view.changed();
    },
  });
  function status(): QueueStatusView {
    return { ...queue.status(), lastError: lastSyncError, revision: view.revision() };
  }
  return { queue, status };
}
