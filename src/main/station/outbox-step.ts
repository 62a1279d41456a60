// A state-changing step of a scan, written through the outbox (the station's only write path): done now,
// queued until the API is reachable, or refused — and a refusal is explained by the order's current
// status and detail (classify.ts), never by the API's English message.
import type { ErrorInfo } from '../../shared/errors';
import { parseStatus, type OrderStatus } from '../../shared/orders';
import type { OutboxActionKind } from '../../shared/outbox/types';
import type { SubmitResult } from '../outbox/types';
import { classifyConflict } from './classify';
import type { FlowDeps, ScanContext } from './flow-deps';
import { reprintOffer } from './label-fetch';
import { conflictFacts } from './order-facts';
import { FlowEnd, StepFailed, type OutboxedEnd } from './step-runner';
import type { ScanOutcome } from './types';

const QUEUED_NOTE = 'queued: the Orders API cannot be reached, it will be sent when it is back';

/** The packing kinds an order may still have waiting in the outbox. */
export function packingPending(deps: Pick<FlowDeps, 'outbox'>, orderCode: string): OutboxActionKind[] {
  return deps.outbox
    .pendingFor(orderCode)
    .map((e) => e.kind)
    .filter((k) => k === 'set_process' || k === 'set_packed' || k === 'set_process_packed');
}

/** What a written step needs: the outbox, and what explains a refusal (order facts, the label cache). */
export type StepDeps = Pick<
  FlowDeps,
  'runner' | 'outbox' | 'outboxScans' | 'packLog' | 'packingNow' | 'api' | 'orders' | 'labels'
>;

export async function submitStep(
  deps: StepDeps,
  ctx: ScanContext,
  step: 'set_process' | 'set_packed',
  detail: Record<string, unknown> = {},
): Promise<'done' | 'queued'> {
  const code = ctx.orderCode;
  return deps.runner.runOutboxed(ctx, step, async (): Promise<OutboxedEnd> => {
    const earlier = deps.outbox.pendingFor(code).filter((e) => e.kind === step);
    const waiting = earlier.find((e) => e.state === 'queued' || e.state === 'sending');
    // Already waiting from an earlier scan of this box: never journal the same step twice.
    if (waiting) {
      deps.outboxScans.follow(waiting.id, ctx.scanId, 'queued');
      return { state: 'queued', detail: { ...detail, outboxId: waiting.id, note: QUEUED_NOTE } };
    }
    // A re-scan of a refused step is the packer's retry of it (a stopped one is the order's answer).
    const refused = earlier.find((e) => e.state === 'failed');
    const result = refused
      ? await deps.outbox.retry(refused.id)
      : await deps.outbox.submit({
          orderCode: code,
          kind: step,
          scanId: ctx.scanId,
          ...(ctx.packer ? { packer: ctx.packer } : {}),
          ...(step === 'set_packed' ? { pickupOption: ctx.pickupOption() } : {}),
        });
    return settle(deps, ctx, step, result, detail);
  });
}

async function settle(
  deps: StepDeps,
  ctx: ScanContext,
  step: 'set_process' | 'set_packed',
  result: SubmitResult,
  detail: Record<string, unknown>,
): Promise<OutboxedEnd> {
  switch (result.state) {
    case 'done':
      return {
        state: 'done',
        detail: {
          ...detail,
          requestId: result.requestId,
          ...(result.via === 'already_done' ? { note: 'already done (seen in tracking)' } : {}),
        },
      };
    case 'queued':
      // From here the outbox's own changes tell the screen how this step ends.
      deps.outboxScans.follow(result.id, ctx.scanId, 'queued');
      return {
        state: 'queued',
        detail: { ...detail, outboxId: result.id, note: QUEUED_NOTE },
        ...(result.reason ? { reason: result.reason } : {}),
      };
    case 'failed':
    case 'stopped':
      return explainRefusal(deps, ctx, step, result, detail);
  }
}

/** A refused step: someone else did it (carry on), the order must stop, it moved elsewhere, or a problem. */
async function explainRefusal(
  deps: StepDeps,
  ctx: ScanContext,
  step: 'set_process' | 'set_packed',
  result: Extract<SubmitResult, { state: 'failed' | 'stopped' }>,
  detail: Record<string, unknown>,
): Promise<OutboxedEnd> {
  const error: ErrorInfo = { ...result.error, step };
  if (error.kind !== 'conflict' && result.state !== 'stopped') throw new StepFailed(withRetryHint(error));
  const known = parseKnown(error.currentStatus);
  const facts = await conflictFacts(deps, ctx.orderCode, known).catch(() => ({
    status: known,
    detail: null,
  }));
  const packedHere = Boolean(deps.packLog.get(ctx.orderCode)?.packedAt) || deps.packingNow.has(ctx.orderCode);
  const decision = classifyConflict(step, facts.status, facts.detail, packedHere);
  if (decision.kind === 'fail') {
    throw new StepFailed(withRetryHint({ ...error, currentStatus: facts.status }));
  }
  // Explained here and shown on the scan: it must not wait in the failed list and block a later re-scan.
  if (result.state === 'failed') {
    await deps.outbox.discard(result.id, `explained at the scan: ${decision.kind}`).catch(() => undefined);
  }
  if (decision.kind === 'continue') {
    return {
      state: 'done',
      detail: { ...detail, requestId: error.requestId, note: 'already done by another station' },
    };
  }
  const shown = { ...error, currentStatus: facts.status };
  throw new FlowEnd(await stopOutcome(deps, ctx, decision, facts.status), 'failed', shown);
}

async function stopOutcome(
  deps: Pick<FlowDeps, 'labels'>,
  ctx: ScanContext,
  decision: Exclude<ReturnType<typeof classifyConflict>, { kind: 'continue' | 'fail' }>,
  status: OrderStatus | null,
): Promise<ScanOutcome> {
  const base = { orderCode: ctx.orderCode, scanId: ctx.scanId };
  if (decision.kind === 'stop') {
    return { ...base, kind: 'stop', reason: decision.reason, status, cancellation: decision.cancellation };
  }
  return {
    ...base,
    kind: 'packed_elsewhere',
    status: decision.status,
    reprint: await reprintOffer(deps, ctx.orderCode, decision.status),
  };
}

function withRetryHint(error: ErrorInfo): ErrorInfo {
  return error.action
    ? error
    : { ...error, action: 'Scan the order again to retry, or discard it in the outbox list.' };
}

function parseKnown(status: string | null | undefined): OrderStatus | null {
  return status ? parseStatus(status) : null;
}
