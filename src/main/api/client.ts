// The Orders API client on undici: one pooled keep-alive Agent, every reply validated with the shared zod
// schemas, typed errors, retries only for calls that are safe to repeat (design.md §1).
import { Agent } from 'undici';
import type { Dispatcher } from 'undici';
import {
  listOrdersQuerySchema,
  orderDetailSchema,
  orderPageSchema,
  shippingLabelSchema,
  trackingSchema,
} from '../../shared/orders';
import type {
  CancelInput,
  CreateOrderInput,
  OrderStatus,
  ReturnInput,
  UpdateOrderInput,
} from '../../shared/orders';
import type { ApiAck, ApiLogger, CallOptions, OrdersApi } from './types';
import { API_PREFIX, parseApiBase } from './api-url';
import { conflictStatus } from './conflict-status';
import { ApiError } from './errors';
import { describeIssues, type CallSubject } from './error-mapping';
import { downloadLabel } from './label-download';
import { createPinnedAgents } from './label-agents';
import { DEFAULT_RETRY } from './retry';
import type { RetryPolicy } from './retry';
import { DEFAULT_TIMEOUTS, createTransport } from './transport';
import type { CallSpec, Timeouts } from './transport';

export interface OrdersClientConfig {
  /** The API origin `https://host[:port]`; a trailing `/api/partner/v1` is accepted. */
  baseUrl: string;
  tenantId: string;
  apiKey: string;
  /** Injected dispatcher (tests, proxies). When given, the client does not close it. */
  agent?: Dispatcher;
  timeouts?: Partial<Timeouts>;
  retry?: Partial<RetryPolicy>;
  logger?: ApiLogger;
  /** Label download size cap when the call does not give one (default 10 MiB). */
  labelMaxBytes?: number;
  now?: () => number;
  random?: () => number;
}

export interface OrdersClient extends OrdersApi {
  /** The configured API origin, e.g. `https://api.example.com`. */
  readonly origin: string;
  /** Canonical status of an order from tracking (for conflicts), or null when tracking cannot tell. */
  currentStatusOf(orderCode: string, opts?: CallOptions): Promise<OrderStatus | null>;
  /** Closes the pooled connections (only when the client created the agent). */
  close(): Promise<void>;
}

export function createOrdersAgent(timeouts: Timeouts): Agent {
  return new Agent({
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connections: 16,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
  });
}

export function createOrdersClient(config: OrdersClientConfig): OrdersClient {
  const base = parseApiBase(config.baseUrl);
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...config.timeouts };
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...config.retry };
  const ownAgent = config.agent ? null : createOrdersAgent(timeouts);
  const dispatcher: Dispatcher = config.agent ?? (ownAgent as Agent);
  // Label hosts reached by name keep a warm, pinned connection from one label to the next.
  const pinnedAgents = createPinnedAgents();
  const now = config.now ?? (() => performance.now());
  const random = config.random ?? Math.random;
  const transport = createTransport({
    base,
    tenantId: config.tenantId,
    apiKey: config.apiKey,
    dispatcher,
    agentHasTimeouts: ownAgent !== null,
    timeouts,
    retry,
    logger: config.logger,
    now,
    random,
  });

  // Reads resolve straight off the transport's promise: no async frame of their own (on loopback each
  // frame is a measurable share of a call). A schema was given, so data is the validated value.
  function read<T>(spec: CallSpec<T>): Promise<{ data: T; requestId: string | null }> {
    return transport.call(spec).then((reply) => ({ data: reply.data as T, requestId: reply.requestId }));
  }
  function readData<T>(spec: CallSpec<T>): Promise<T> {
    return transport.call(spec).then((reply) => reply.data as T);
  }

  async function write(
    path: string,
    body: object,
    subject: CallSubject,
    opts?: CallOptions,
  ): Promise<ApiAck> {
    const reply = await transport.call({
      method: 'POST',
      path,
      body,
      safe: false,
      schema: null,
      subject,
      opts,
    });
    return { message: reply.message, requestId: reply.requestId };
  }

  const order = (code: string): CallSubject => ({ code });

  const client: OrdersClient = {
    origin: base.origin,

    listOrders(query, opts) {
      const parsed = listOrdersQuerySchema.safeParse(query);
      if (!parsed.success) {
        const issues = describeIssues(parsed.error.issues, '', query);
        const error = new ApiError({
          kind: 'invalid_input',
          method: 'POST',
          path: `${API_PREFIX}/orders`,
          retryable: false,
          message: `The order list query is not valid: ${issues}.`,
          key: { key: 'apiErrors.badQuery', values: { issues } },
        });
        return Promise.reject(error);
      }
      const spec = { method: 'POST', path: '/orders', body: parsed.data, safe: true, opts } as const;
      return readData({ ...spec, schema: orderPageSchema, subject: 'list' });
    },

    getOrderDetail(orderId, opts) {
      if (!Number.isSafeInteger(orderId) || orderId < 1) {
        const error = new ApiError({
          kind: 'invalid_input',
          method: 'GET',
          path: `${API_PREFIX}/orders/{id}/detail`,
          retryable: false,
          message: `Order id ${String(orderId)} is not a valid order id.`,
          key: { key: 'apiErrors.badOrderId', values: { id: String(orderId) } },
        });
        return Promise.reject(error);
      }
      const path = `/orders/${orderId}/detail`;
      const spec = { method: 'GET', path, safe: true, schema: orderDetailSchema, opts } as const;
      return readData({ ...spec, subject: { id: orderId } });
    },

    createOrder: (input: CreateOrderInput, opts) =>
      write('/orders/create', input, order(input.order_code), opts),
    updateOrder: (input: UpdateOrderInput, opts) =>
      write('/orders/update', input, order(input.order_code), opts),
    setProcess: (code, opts) =>
      write('/orders/fulfillment/set-process', { order_code: code }, order(code), opts),
    setPacked: (code, pickupOption, opts) =>
      write(
        '/orders/fulfillment/set-packed',
        { order_code: code, pickup_option: pickupOption },
        order(code),
        opts,
      ),
    setProcessPacked: (code, pickupOption, opts) =>
      write(
        '/orders/fulfillment/set-process-packed',
        { order_code: code, pickup_option: pickupOption },
        order(code),
        opts,
      ),
    ship: (code, opts) => write('/orders/fulfillment/ship', { order_code: code }, order(code), opts),
    complete: (code, opts) => write('/orders/fulfillment/completed', { order_code: code }, order(code), opts),
    returnOrder: (input: ReturnInput, opts) =>
      write('/orders/fulfillment/return', input, order(input.order_code), opts),
    cancel: (input: CancelInput, opts) =>
      write('/orders/fulfillment/cancel', input, order(input.order_code), opts),
    approveCancel: (code, opts) =>
      write('/orders/fulfillment/approve-cancel', { order_code: code }, order(code), opts),
    rejectCancel: (code, opts) =>
      write('/orders/fulfillment/reject-cancel', { order_code: code }, order(code), opts),

    getShippingLabel(code, markAsPrinted, opts) {
      // The documentation sends the flag as a string; only the read-only fetch (false) is safe to repeat.
      const body = { order_code: code, mark_as_printed: markAsPrinted ? 'true' : 'false' };
      const path = '/orders/fulfillment/shipping-label';
      const spec = { method: 'POST', path, body, safe: !markAsPrinted, subject: order(code), opts } as const;
      return read({ ...spec, schema: shippingLabelSchema });
    },

    track(code, opts) {
      const spec = {
        method: 'POST',
        path: '/orders/tracking',
        body: { order_code: code },
        safe: true,
      } as const;
      return readData({ ...spec, schema: trackingSchema, subject: order(code), opts });
    },

    downloadLabel: (url, destPath, opts) =>
      downloadLabel(url, destPath, {
        dispatcher,
        timeouts,
        retry,
        random,
        maxBytes: opts?.maxBytes ?? config.labelMaxBytes,
        deadlineMs: opts?.deadlineMs,
        signal: opts?.signal,
        pinnedAgents,
      }),

    currentStatusOf(orderCode, opts) {
      return conflictStatus(client, orderCode, opts);
    },

    async close() {
      await Promise.all([ownAgent?.close(), pinnedAgents.close()]);
    },
  };
  return client;
}
