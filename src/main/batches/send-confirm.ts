// Sending set-process-packed and confirming its asynchronous outcome. `sending` is journaled before each
// request, so an order whose request may have left is never sent again: a restart only confirms it.
// Confirmation asks tracking in rounds with a growing pause (0.5 s, ×1.6, at most 5 s) until each order is
// Packed, ended elsewhere (cancelled, moved on), or the time limit after the confirmation began passes:
// then it is "unknown — check", and still never resent.
import { parseStatus, statusLabel, type OrderStatus } from '../../shared/orders/status';
import { isApiError } from '../api/errors';
import { toErrorInfo } from '../errors/error-info';
import { mapPool } from './pool';
import type { RunContext } from './run-context';
import type { BatchOrder } from './state';

/** A 409/404/422 says the API did not take it; anything else may have applied (confirm, never resend). */
const REFUSED_STATUSES = new Set([404, 409, 422]);

export async function sendAll(ctx: RunContext): Promise<void> {
  // A request that may have left before a restart: confirm it, never send it again.
  for (const o of ctx.state.orders.filter((x) => x.state === 'waiting' && x.sendStarted)) {
    await ctx.record({
      t: 'sent',
      code: o.orderCode,
      requestId: null,
      reason: 'The station stopped while this order was being sent; it was not sent again, only confirmed.',
    });
  }
  const waiting = ctx.state.orders.filter((o) => o.state === 'waiting');
  await mapPool(waiting, ctx.concurrency, (o) => sendOne(ctx, o));
}

async function sendOne(ctx: RunContext, o: BatchOrder): Promise<void> {
  const code = o.orderCode;
  await ctx.record({ t: 'sending', code });
  try {
    const ack = await ctx.api.setProcessPacked(code, ctx.state.pickup);
    await ctx.record({ t: 'sent', code, requestId: ack.requestId, reason: null });
  } catch (err) {
    const info = toErrorInfo(err, 'set_packed');
    if (isApiError(err) && info.httpStatus !== null && REFUSED_STATUSES.has(info.httpStatus)) {
      await ctx.record({ t: 'failed', code, reason: info.message, requestId: info.requestId });
      return;
    }
    await ctx.record({
      t: 'sent',
      code,
      requestId: info.requestId,
      reason: `No clear answer (${info.message}); confirming by tracking, never resent.`,
    });
  }
}

const FIRST_PAUSE_MS = 500;
const MAX_PAUSE_MS = 5_000;

export async function confirmAll(ctx: RunContext): Promise<void> {
  if (ctx.state.confirmingSince === null) await ctx.record({ t: 'confirming', at: ctx.clock.now() });
  const since = ctx.state.confirmingSince ?? ctx.clock.now();
  const deadline = since + ctx.state.confirmTimeoutMs;
  const lastSeen = new Map<string, string>();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    const open = ctx.state.orders.filter((o) => o.state === 'sent');
    if (open.length === 0) return;
    await mapPool(open, ctx.concurrency, (o) => look(ctx, o, lastSeen));
    if (ctx.clock.now() >= deadline) break;
    await ctx.clock.sleep(Math.min(pause, Math.max(0, deadline - ctx.clock.now())));
    pause = Math.min(MAX_PAUSE_MS, pause * 1.6);
  }
  const seconds = Math.round(ctx.state.confirmTimeoutMs / 1000);
  for (const o of ctx.state.orders.filter((x) => x.state === 'sent')) {
    await ctx.record({
      t: 'unknown',
      code: o.orderCode,
      reason:
        `Unknown — check: not confirmed Packed within ${seconds} s (last seen: ${lastSeen.get(o.orderCode) ?? 'no answer'}). ` +
        'It was not sent again; look it up on the Orders screen.',
    });
  }
}

async function look(ctx: RunContext, o: BatchOrder, lastSeen: Map<string, string>): Promise<void> {
  let status: OrderStatus | null;
  let tracking: string | null;
  try {
    const t = await ctx.api.track(o.orderCode);
    status = parseStatus(t.order_status);
    tracking = t.tracking_number;
    const failure = t.order_history.find((h) => /fail/i.test(h.activity ?? '') && h.remarks);
    lastSeen.set(o.orderCode, `${t.order_status}${failure ? `: ${failure.remarks}` : ''}`);
  } catch (err) {
    lastSeen.set(o.orderCode, `tracking failed: ${toErrorInfo(err, 'set_packed').message}`);
    return;
  }
  if (status === 'packed') {
    await ctx.record({ t: 'packed', code: o.orderCode, trackingNumber: tracking });
  } else if (status !== 'to_process' && status !== 'process') {
    const label = status ? statusLabel(status) : (lastSeen.get(o.orderCode) ?? 'unknown');
    await ctx.record({
      t: 'failed',
      code: o.orderCode,
      requestId: o.requestId,
      reason: `${o.orderCode} is ${label}: the packing did not end Packed here, so its label is not in this batch.`,
    });
  }
}
