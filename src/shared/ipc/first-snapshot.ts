// The browser host's first snapshot (src/main/host/first-snapshot.ts → the renderer's bridge): which
// channels' answers it carries, and where in the page it sits.
import type { ChannelName } from './contract';

export const FIRST_SNAPSHOT_ELEMENT_ID = 'station-first-snapshot';

export const FIRST_SNAPSHOT_CHANNELS = [
  'app:info',
  'settings:get',
  'queue:status',
  'queue:codes',
  'tray:list',
  'shift:get',
  'outbox:summary',
  'people:get',
] as const satisfies readonly ChannelName[];

export type FirstSnapshotChannel = (typeof FIRST_SNAPSHOT_CHANNELS)[number];
