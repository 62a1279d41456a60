// One API call on the wire: credentials for the API origin only, an overall deadline (retries included),
// per-attempt timeouts from the pooled agent, retries for safe calls only, and one log line per attempt.
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { CallOptions, ApiLogger } from './types';
import type { ApiBase } from './api-url';
import { endpointPath } from './api-url';
import type { ApiError } from './errors';
import { isApiError } from './errors';
import { cancelledError, deadlineError, transportError } from './error-mapping';
import type { CallContext, CallSubject, TimeoutLimits } from './error-mapping';
import { MAX_REPLY_BYTES, brokenBody, interpretReply, readCapped } from './reply';
import type { Reply } from './reply';
import { backoffDelay, isRetryableFailure } from './retry';
import type { RetryPolicy } from './retry';
import { CallCancel } from './call-cancel';

export interface Timeouts extends TimeoutLimits {
  /** Overall deadline of one call, retries included. */
  deadlineMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  connectMs: 5_000,
  headersMs: 10_000,
  bodyMs: 10_000,
  deadlineMs: 20_000,
};

export interface TransportConfig {
  base: ApiBase;
  tenantId: string;
  apiKey: string;
  dispatcher: Dispatcher;
  /** True when the dispatcher was built with `timeouts` (connect, headers, body). */
  agentHasTimeouts: boolean;
  timeouts: Timeouts;
  retry: RetryPolicy;
  logger?: ApiLogger;
  now: () => number;
  random: () => number;
}

export interface CallSpec<T> {
  method: 'GET' | 'POST';
  /** Below `/api/partner/v1`, e.g. `/orders/5/detail`. */
  path: string;
  body?: unknown;
  /** Safe to repeat (reads, and the label fetch without marking it printed). */
  safe: boolean;
  /** Validates `data`; null for writes whose `data` is ignored. */
  schema: z.ZodType<T> | null;
  subject?: CallSubject;
  opts?: CallOptions;
}

/** Why a call's signal fired: the deadline, or the caller. */
const DEADLINE = Symbol('deadline');

export function createTransport(config: TransportConfig) {
  const authHeaders = {
    authorization: `Bearer ${config.apiKey}`,
    'x-tenant-id': config.tenantId,
    accept: 'application/json',
  };

  // Our own Agent carries the per-attempt timeouts already (setting them per request costs ~10% CPU on
  // loopback); an injected dispatcher gets them per request.
  const perRequestTimeouts = config.agentHasTimeouts
    ? {}
    : { headersTimeout: config.timeouts.headersMs, bodyTimeout: config.timeouts.bodyMs };

  function classify(err: unknown, ctx: CallContext, cancel: CallCancel, deadlineMs: number): ApiError {
    // An answer that had begun says so itself (brokenBody), even when the deadline ended it.
    if (isApiError(err)) return err;
    if (cancel.aborted && cancel.reason === DEADLINE) return deadlineError(ctx, deadlineMs, err);
    const name = err instanceof Error ? err.name : '';
    if (name === 'AbortError' || name === 'RequestAbortedError') return cancelledError(ctx, err);
    return transportError(ctx, err, config.timeouts);
  }

  async function call<T>(spec: CallSpec<T>): Promise<Reply<T | null>> {
    const path = endpointPath(config.base, spec.method, spec.path);
    const ctx: CallContext = { method: spec.method, path, subject: spec.subject };
    const deadlineMs = spec.opts?.deadlineMs ?? config.timeouts.deadlineMs;
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const headers = body === undefined ? authHeaders : { ...authHeaders, 'content-type': 'application/json' };
    // One timer and one cancel per call, retries included.
    const cancel = new CallCancel(deadlineMs, DEADLINE, spec.opts?.signal);
    const started = config.now();
    try {
      for (let n = 1; ; n++) {
        const attemptStarted = config.now();
        try {
          // Straight to the dispatcher, always to the API origin (credentials go nowhere else); ctx.path
          // was checked by endpointPath, so undici need not parse a URL again.
          const res = await config.dispatcher.request({
            origin: config.base.origin,
            path: ctx.path,
            method: spec.method,
            headers,
            body,
            signal: cancel,
            ...perRequestTimeouts,
          });
          const text = await readCapped(res.body, MAX_REPLY_BYTES, res.headers['content-length']).catch(
            (raw: unknown) => {
              // The server answered (status and headers came) and then the body broke off or stalled:
              // that is an unreadable answer, with the request id of its headers, not "offline".
              if (cancel.aborted && cancel.reason !== DEADLINE) throw raw;
              throw brokenBody(ctx, res.statusCode, res.headers, raw, config.timeouts.bodyMs, deadlineMs);
            },
          );
          const reply = interpretReply(ctx, res.statusCode, res.headers, text, spec.schema);
          log(ctx, n, attemptStarted, reply.status, reply.requestId);
          return reply;
        } catch (raw) {
          const err = classify(raw, ctx, cancel, deadlineMs);
          log(ctx, n, attemptStarted, err.httpStatus, err.requestId, err);
          if (!spec.safe || !isRetryableFailure(err) || n >= config.retry.maxAttempts || cancel.aborted) {
            throw err;
          }
          const wait = backoffDelay(config.retry, n, config.random);
          if (config.now() - started + wait >= deadlineMs) throw err;
          try {
            await cancel.sleep(wait);
          } catch {
            throw err;
          }
        }
      }
    } finally {
      cancel.dispose();
    }
  }

  function log(
    ctx: CallContext,
    attemptNo: number,
    started: number,
    status: number | null,
    requestId: string | null,
    err?: ApiError,
  ): void {
    if (!config.logger) return;
    const entry = {
      method: ctx.method,
      path: ctx.path,
      status,
      durationMs: config.now() - started,
      requestId,
      attempt: attemptNo,
      ...(err ? { errorKind: err.kind } : {}),
    };
    try {
      config.logger.call(entry);
    } catch {
      // A broken logger must never break a call.
    }
  }

  return { call };
}

export type Transport = ReturnType<typeof createTransport>;
