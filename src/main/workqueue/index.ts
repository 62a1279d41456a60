// The work queue: the station's local, synced copy of the open orders.
export { WorkQueue, type WorkQueueOptions } from './work-queue';
export type {
  CachedOrder,
  SyncPhase,
  SyncProgress,
  SyncResult,
  WorkQueueEvent,
  WorkQueueStatus,
} from './types';
