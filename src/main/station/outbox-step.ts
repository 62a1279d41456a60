// A state-changing step of a scan, written through the outbox (the station's only write path): done now,
// queued until the API is reachable, or refused — and a refusal is explained by the order's current
// status and detail (classify.ts), never by the API's English message.
import { messageFields, type ErrorInfo } from '../../shared/errors';
import { innerValues } from '../errors/error-info';
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
export const UNREADABLE_NOTE = 'the answer to set-packed could not be read';
const STEP_WORDS = { set_process: 'set-process', set_packed: 'set-packed' } as const;

/**
 * A step the API answered with something unreadable: it may or may not have been applied. The outbox
 * settles it through tracking (never sending it twice); the screen says which step, and the request id.
 */
export function unknownOutcome(error: ErrorInfo, step: 'set_process' | 'set_packed'): ErrorInfo {
  // The inner error's action (and its key) give way to this one.
  const { actionKey: _inner, ...rest } = error;
  return {
    ...rest,
    step,
    message: `${error.message} Whether ${STEP_WORDS[step]} was done is not known yet: the station asks the Orders API (tracking) by itself and never sends it twice.`,
    action:
      step === 'set_packed'
        ? 'Put the box with Labels waiting: its label prints when you scan the order again.'
        : 'Put the box aside and scan the order again in a moment.',
    ...messageFields({
      key: `stationErrors.unknownOutcome.${step}`,
      values: { ...innerValues(error), step: STEP_WORDS[step] },
    }),
  };
}

/** The order's packing write whose last answer could not be read (its outcome unknown), if any. */
export function unreadableWrite(deps: Pick<FlowDeps, 'outbox'>, orderCode: string): ErrorInfo | null {
  for (const entry of deps.outbox.pendingFor(orderCode)) {
    const step = entry.kind === 'set_process' ? 'set_process' : 'set_packed';
    if (entry.kind !== 'ship' && entry.kind !== 'mark_printed' && entry.lastError?.kind === 'bad_response')
      return unknownOutcome(entry.lastError, step);
  }
  return null;
}

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
      if (step === 'set_process' && result.reason?.kind === 'bad_response') {
        // Not offline, and nothing more is journaled behind a step whose outcome is unknown: the scan
        // stops here and says so; the outbox settles the step (its later changes show on this scan).
        deps.outboxScans.follow(result.id, ctx.scanId, 'failed');
        throw new StepFailed(unknownOutcome(result.reason, step));
      }
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
  if (error.action) return error;
  const action = 'Scan the order again to retry, or discard it in the outbox list.';
  return { ...error, action, ...(error.messageKey ? { actionKey: 'stationErrors.retryHintAction' } : {}) };
}

function parseKnown(status: string | null | undefined): OrderStatus | null {
  return status ? parseStatus(status) : null;
}
