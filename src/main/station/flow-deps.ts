// Everything the pack flow needs, passed in: the services never reach for globals, so tests run them under
// Node. Each station file takes only the fields it uses (a Pick of FlowDeps).
import type { OrdersApi } from '../api/types';
import type { OrderStatus, PickupOption } from '../../shared/orders';
import type { PackerRef } from '../../shared/people';
import type { CachedOrder } from '../workqueue/types';
import type { Connectivity, Outbox } from '../outbox/types';
import type { PackLog } from './pack-log';
import type { StepRunner } from './step-runner';
import type { TrayStore } from './tray';
import type { ConfirmWaits, InFlight, OutboxScans, PackingNow } from './flow-state';
import type { LabelCache, LabelPrinter, StationFlowSettings } from './types';

/** Reads only: every write of the flow goes through the outbox. */
export type FlowApi = Pick<OrdersApi, 'getShippingLabel' | 'downloadLabel' | 'track'>;

/** What the flow needs from the work queue. */
export interface OrderSource {
  resolve(orderCode: string): Promise<CachedOrder | null>;
  /** The cached order only, no network (offline scans). */
  lookup?(orderCode: string): CachedOrder | null;
  refreshDetail(orderCode: string): Promise<CachedOrder | null>;
  noteStatus(orderCode: string, status: OrderStatus): void;
}

/** API reachability as the outbox sees it: offline scans skip calls that cannot get through. */
export type FlowConnectivity = Pick<Connectivity, 'current' | 'reportFailure' | 'onChange'>;

export interface FlowDeps {
  api: FlowApi;
  orders: OrderSource;
  printer: LabelPrinter;
  labels: LabelCache;
  tray: TrayStore;
  packLog: PackLog;
  /** The only write path: set-process / set-packed submitted, mark-printed / ship enqueued. */
  outbox: Outbox;
  connectivity: FlowConnectivity;
  /** Outbox actions that outlive their scan (queued, after-print): id → its scan and the state shown. */
  outboxScans: OutboxScans;
  /** Fetches labels of orders waiting in the tray once their set-packed is done. */
  labelWaiter: { fetch(orderCode: string): Promise<boolean> };
  /** After-print journaling still in flight (close waits for it). */
  journaling: InFlight;
  runner: StepRunner;
  settings: () => StationFlowSettings;
  dataDir: string;
  now: () => Date;
  /** Confirm-label mode: printed orders waiting for their tracking barcode, code → scanId. */
  awaitingConfirm: ConfirmWaits;
  /** Orders with a set-packed call of this station in flight. */
  packingNow: PackingNow;
}

/** One scan: its id, and whether a newer scan has taken the bench. */
export interface ScanContext {
  orderCode: string;
  scanId: string;
  startedAt: Date;
  superseded: boolean;
  pickupOption: () => PickupOption;
  /** Who was packing when the order was scanned (every step and record of the scan carries them). */
  packer: PackerRef | null;
}
