// One scan, start to label: resolve → set-process → verify → set-packed → label → print. Decisions come
// from classify.ts; this file only sequences the steps and turns their ends into a ScanOutcome.
import { isApiError } from '../api/errors';
import type { ApiAck } from '../api/types';
import type { OrderStatus } from '../../shared/orders';
import { classifyConflict, classifyScan, type ConflictDecision, type ScanDecision } from './classify';
import { problem, toErrorInfo } from './error-info';
import type { FlowDeps, ScanContext } from './flow-deps';
import { fetchLabelToCache, reprintOffer } from './label-fetch';
import { conflictFacts, scanFacts, type OrderFacts } from './order-facts';
import { labelAccepted } from './label-printed';
import { FlowEnd, StepFailed } from './step-runner';
import type { ScanOutcome } from './types';
import type { VerificationGate } from './verification-gate';
import { expectedLines } from './verification';

export async function runScan(
  deps: FlowDeps,
  ctx: ScanContext,
  gate: VerificationGate,
): Promise<ScanOutcome> {
  try {
    return await pipeline(deps, ctx, gate);
  } catch (err) {
    if (err instanceof FlowEnd) return err.outcome;
    const error = err instanceof StepFailed ? err.error : toErrorInfo(err, 'resolve');
    return { kind: 'failed', orderCode: ctx.orderCode, scanId: ctx.scanId, error };
  }
}

async function pipeline(deps: FlowDeps, ctx: ScanContext, gate: VerificationGate): Promise<ScanOutcome> {
  const { runner, orders, api } = deps;
  const code = ctx.orderCode;
  const facts = await runner.run(
    ctx,
    'resolve',
    () => scanFacts(deps, code),
    (f) => ({ status: f.status, source: f.source }),
  );
  const record = deps.packLog.get(code);
  const decision = classifyScan({
    ...facts,
    printedHere: Boolean(record?.printedAt),
    inTray: deps.tray.get(code) !== null,
    packedHere: Boolean(record?.packedAt),
  });
  if (decision.kind !== 'proceed') return endEarly(deps, ctx, decision, facts, record?.printedAt ?? '');

  const from = decision.from === 'unknown' ? 'to_process' : decision.from;
  if (from === 'packed') {
    // Packed by an earlier scan here whose label never came: pick up at the label.
    runner.skip(ctx, 'set_process');
    runner.skip(ctx, 'verify');
    runner.skip(ctx, 'set_packed', { reason: 'already packed here' });
  } else {
    leaveIfSuperseded(ctx); // a newer scan came during resolve: start no writes for this box
    if (from === 'to_process') {
      await transition(deps, ctx, 'set_process', () => api.setProcess(code));
      orders.noteStatus(code, 'process');
    } else {
      runner.skip(ctx, 'set_process', { reason: 'already in process' });
    }
    await verify(deps, ctx, gate, facts);
    leaveIfSuperseded(ctx);
    const pickupOption = ctx.pickupOption();
    // While set-packed is in flight, a re-scan of this order must not read its 409 as "packed elsewhere".
    deps.packingNow.add(code);
    try {
      await transition(deps, ctx, 'set_packed', () => api.setPacked(code, pickupOption), { pickupOption });
    } finally {
      deps.packingNow.delete(code);
    }
    orders.noteStatus(code, 'packed');
    void deps.packLog.markPacked(code, ctx.scanId, deps.now()).catch(() => undefined);
  }

  const labelPath = await runner.run(ctx, 'label', () => fetchLabelToCache(deps, code, ctx.scanId));
  return printLabel(deps, ctx, labelPath, false);
}

/** Prints once, unless a newer scan took the bench: then the label goes to the tray, never to this box. */
export async function printLabel(
  deps: FlowDeps,
  ctx: ScanContext,
  labelPath: string,
  fromTray: boolean,
): Promise<ScanOutcome> {
  const code = ctx.orderCode;
  const job = await deps.runner.run(
    ctx,
    'print',
    async () => {
      if (ctx.superseded) {
        // Back at this box already: a newer scan of this same order printed its label. Nothing to keep.
        if (deps.packLog.get(code)?.printedAt) {
          throw new FlowEnd({ kind: 'parked', orderCode: code, scanId: ctx.scanId }, 'skipped', undefined, {
            reason: 'printed by a newer scan of this order',
          });
        }
        await deps.tray.add({
          orderCode: code,
          scanId: ctx.scanId,
          labelPath,
          addedAt: deps.now().toISOString(),
        });
        throw new FlowEnd({ kind: 'to_tray', orderCode: code, scanId: ctx.scanId }, 'skipped', undefined, {
          reason: 'a newer scan came first: label is in the labels-pending tray',
        });
      }
      return deps.printer.print({ orderCode: code, file: labelPath, kind: 'label' });
    },
    (j) => ({ jobId: j.jobId, printer: j.printer }),
  );
  const durationMs = fromTray ? null : deps.now().getTime() - ctx.startedAt.getTime();
  labelAccepted(deps, { orderCode: code, scanId: ctx.scanId, job, durationMs });
  return {
    kind: 'printed',
    orderCode: code,
    scanId: ctx.scanId,
    job,
    fromTray,
    pickupOption: fromTray ? null : ctx.pickupOption(),
  };
}

async function endEarly(
  deps: FlowDeps,
  ctx: ScanContext,
  decision: Exclude<ScanDecision, { kind: 'proceed' }>,
  facts: OrderFacts,
  printedAt: string,
): Promise<ScanOutcome> {
  const base = { orderCode: ctx.orderCode, scanId: ctx.scanId };
  switch (decision.kind) {
    case 'stop':
      return {
        ...base,
        kind: 'stop',
        reason: decision.reason,
        status: facts.status,
        cancellation: decision.cancellation,
      };
    case 'already_printed':
      return {
        ...base,
        kind: 'already_printed',
        printedAt,
        reprint: await reprintOffer(deps, ctx.orderCode, facts.status),
      };
    case 'elsewhere':
      return {
        ...base,
        kind: 'packed_elsewhere',
        status: decision.status,
        reprint: await reprintOffer(deps, ctx.orderCode, decision.status),
      };
    case 'from_tray': {
      const item = deps.tray.get(ctx.orderCode);
      if (!item) {
        throw deps.runner.fail(ctx, {
          ...problem('internal', 'print', 'The waiting label left the tray.'),
          step: 'print',
        });
      }
      deps.runner.skip(ctx, 'label', { source: 'labels-pending tray' });
      return printLabel(deps, ctx, item.labelPath, true);
    }
  }
}

/** A state change; a 409 is explained by detail + tracking, never by parsing the API's English message. */
async function transition(
  deps: FlowDeps,
  ctx: ScanContext,
  step: 'set_process' | 'set_packed',
  call: () => Promise<ApiAck>,
  detail?: Record<string, unknown>,
): Promise<void> {
  await deps.runner.run(
    ctx,
    step,
    async () => {
      try {
        return { requestId: (await call()).requestId, continued: false };
      } catch (err) {
        if (!isApiError(err) || err.kind !== 'conflict') throw err;
        const facts = await conflictFacts(deps, ctx.orderCode, err.currentStatus);
        const packedHere =
          Boolean(deps.packLog.get(ctx.orderCode)?.packedAt) || deps.packingNow.has(ctx.orderCode);
        const decision = classifyConflict(step, facts.status, facts.detail, packedHere);
        if (decision.kind === 'continue') return { requestId: err.requestId, continued: true };
        const error = err.with({ currentStatus: facts.status }).toInfo(step);
        if (decision.kind === 'fail') throw new StepFailed(error);
        throw new FlowEnd(await conflictOutcome(deps, ctx, decision, facts.status), 'failed', error);
      }
    },
    (r) => ({
      ...detail,
      requestId: r.requestId,
      ...(r.continued ? { note: 'already done by another station' } : {}),
    }),
  );
}

async function conflictOutcome(
  deps: FlowDeps,
  ctx: ScanContext,
  decision: Extract<ConflictDecision, { kind: 'stop' | 'elsewhere' }>,
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

async function verify(
  deps: FlowDeps,
  ctx: ScanContext,
  gate: VerificationGate,
  facts: OrderFacts,
): Promise<void> {
  const mode = deps.settings().verification;
  if (mode === 'off') return deps.runner.skip(ctx, 'verify', { reason: 'verification off' });
  const detail = facts.detail;
  if (!detail) {
    if (mode === 'on') return deps.runner.skip(ctx, 'verify', { reason: 'no order details offline' });
    throw deps.runner.fail(ctx, {
      ...problem('offline', 'verify', 'The items cannot be checked without the order details.'),
      step: 'verify',
      action: 'Sync the orders, then scan again.',
    });
  }
  leaveIfSuperseded(ctx);
  const waiting = gate.wait(ctx.orderCode, detail, mode);
  await deps.runner.run(
    ctx,
    'verify',
    async () => {
      const r = await waiting;
      if (r.kind === 'parked')
        throw new FlowEnd({ kind: 'parked', orderCode: ctx.orderCode, scanId: ctx.scanId }, 'skipped');
      return r.check;
    },
    (check) => ({ complete: check.complete, mode }),
    { mode, lines: expectedLines(detail) },
  );
}

function leaveIfSuperseded(ctx: ScanContext): void {
  if (ctx.superseded) throw new FlowEnd({ kind: 'parked', orderCode: ctx.orderCode, scanId: ctx.scanId });
}
