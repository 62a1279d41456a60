// The work-queue status on screen: a snapshot read before an event must not undo that event.
import { describe, expect, it } from 'vitest';
import { appActions, appSnapshot } from '../../src/renderer/src/app/app-store';
import type { OutboxStatusView } from '../../src/shared/outbox/types';
import type { QueueStatusView } from '../../src/shared/station';

const status = (revision: number, syncing: boolean): QueueStatusView => ({
  count: 91,
  lastSyncAt: syncing ? null : '2026-11-27T08:00:00.000Z',
  revision,
  syncing,
  progress: { phase: syncing ? 'details' : 'idle', done: 0, total: syncing ? 91 : 0 },
  lastError: null,
});

describe('queue status in the app store', () => {
  it('keeps the newer revision when an older snapshot arrives late', () => {
    appActions.setQueue(status(3, false)); // the "synced" event
    appActions.setQueue(status(2, true)); // a snapshot read while the sync ran, answered late
    expect(appSnapshot().queue).toMatchObject({ revision: 3, syncing: false });
  });

  it('takes a snapshot of the same or a later revision', () => {
    appActions.setQueue(status(3, false));
    appActions.setQueue(status(4, true));
    expect(appSnapshot().queue).toMatchObject({ revision: 4, syncing: true });
  });
});

describe('outbox status in the app store', () => {
  const outbox = (revision: number, queued: number): OutboxStatusView => ({
    queued,
    failed: 0,
    stopped: 0,
    oldestQueuedAt: null,
    revision,
    connectivity: { online: true, since: '2026-11-27T08:00:00.000Z', lastCheckAt: null, lastError: null },
  });

  it('a late snapshot never brings back a count the outbox already sent', () => {
    appActions.setOutbox(outbox(7, 0)); // the event after the last step went out
    appActions.setOutbox(outbox(6, 1)); // read before it, answered after it
    expect(appSnapshot().outbox).toMatchObject({ revision: 7, queued: 0 });
    appActions.setOutbox(outbox(8, 2));
    expect(appSnapshot().outbox).toMatchObject({ revision: 8, queued: 2 });
  });
});
