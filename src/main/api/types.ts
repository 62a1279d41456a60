// The Orders API as the station sees it. The undici client implements this; services depend only on
// the interface so they can be tested against the sandbox or a fake.
import type {
  CancelInput,
  CreateOrderInput,
  ListOrdersQuery,
  OrderDetail,
  OrderPage,
  PickupOption,
  ReturnInput,
  ShippingLabel,
  Tracking,
  UpdateOrderInput,
} from '../../shared/orders';
import type { ErrorKind } from '../../shared/errors';
import type { ApiAck } from '../../shared/orders/ack';

export interface CallOptions {
  /** Overall deadline for this call, retries included (ms). */
  deadlineMs?: number;
  signal?: AbortSignal;
}

/** A state-changing call's answer (one type with the screen's: src/shared/orders/ack.ts). */
export type { ApiAck };

export interface Labelled<T> {
  data: T;
  requestId: string | null;
}

export interface LabelFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface OrdersApi {
  listOrders(query: ListOrdersQuery, opts?: CallOptions): Promise<OrderPage>;
  getOrderDetail(orderId: number, opts?: CallOptions): Promise<OrderDetail>;
  createOrder(input: CreateOrderInput, opts?: CallOptions): Promise<ApiAck>;
  updateOrder(input: UpdateOrderInput, opts?: CallOptions): Promise<ApiAck>;
  setProcess(orderCode: string, opts?: CallOptions): Promise<ApiAck>;
  setPacked(orderCode: string, pickupOption: PickupOption, opts?: CallOptions): Promise<ApiAck>;
  setProcessPacked(orderCode: string, pickupOption: PickupOption, opts?: CallOptions): Promise<ApiAck>;
  ship(orderCode: string, opts?: CallOptions): Promise<ApiAck>;
  complete(orderCode: string, opts?: CallOptions): Promise<ApiAck>;
  returnOrder(input: ReturnInput, opts?: CallOptions): Promise<ApiAck>;
  cancel(input: CancelInput, opts?: CallOptions): Promise<ApiAck>;
  approveCancel(orderCode: string, opts?: CallOptions): Promise<ApiAck>;
  rejectCancel(orderCode: string, opts?: CallOptions): Promise<ApiAck>;
  /** `markAsPrinted: false` is safe to retry; `true` is a write. */
  getShippingLabel(
    orderCode: string,
    markAsPrinted: boolean,
    opts?: CallOptions,
  ): Promise<Labelled<ShippingLabel>>;
  track(orderCode: string, opts?: CallOptions): Promise<Tracking>;
  /** Streams the label PDF to `destPath` without any API credentials; checks size cap and `%PDF-`. */
  downloadLabel(
    url: string,
    destPath: string,
    opts?: CallOptions & { maxBytes?: number },
  ): Promise<LabelFile>;
}

/** One line per HTTP attempt, for the station log. Never carries the key, the tenant or any header. */
export interface ApiLogEntry {
  method: string;
  /** Path below the origin, without query (e.g. `/api/partner/v1/orders/5/detail`). */
  path: string;
  /** HTTP status, or null when no answer came (network, timeout). */
  status: number | null;
  durationMs: number;
  requestId: string | null;
  /** 1 for the first try, 2+ for retries. */
  attempt: number;
  errorKind?: ErrorKind;
}

export interface ApiLogger {
  call(entry: ApiLogEntry): void;
}
