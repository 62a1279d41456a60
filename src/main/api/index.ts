// The Orders API client's public surface: services import from here.
export { createOrdersClient, createOrdersAgent } from './client';
export type { OrdersClient, OrdersClientConfig } from './client';
export { ApiError, isApiError } from './errors';
export type { ApiErrorInit } from './errors';
export { conflictStatus, currentStatusOf, withCurrentStatus } from './conflict-status';
export { describeConnectionFailure } from './connection-failure';
export type { ConnectionFailure, ConnectionFailureCause } from './connection-failure';
export { API_PREFIX, parseApiBase } from './api-url';
export { DEFAULT_LABEL_MAX_BYTES } from './label-download';
export { DEFAULT_RETRY } from './retry';
export type { RetryPolicy } from './retry';
export { DEFAULT_TIMEOUTS } from './transport';
export type { Timeouts } from './transport';
export type * from './types';
