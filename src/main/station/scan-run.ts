// One scan, start to label: resolve → set-process → verify → set-packed → label → print. Decisions come
// from classify.ts; writes go through the outbox (outbox-step.ts); offline, the box is packed as far as
// it can be and its label waits in the tray. This file only sequences the steps into a ScanOutcome.
import { expectedPerSku } from '../../shared/orders';
import { classifyScan, type ScanDecision } from './classify';
import { problem, toErrorInfo } from '../errors/error-info';
import type { FlowDeps, ScanContext } from './flow-deps';
import { fetchLabelToCache, reprintOffer } from './label-fetch';
import { scanFacts, type OrderFacts } from './order-facts';
import { submitStep, UNREADABLE_NOTE, unreadableWrite } from './outbox-step';
import { waitForLabel } from './tray-wait';
import { journalAfterPrint, labelAccepted, type AfterPrintDeps } from './label-printed';
import { FlowEnd, StepFailed } from './step-runner';
import type { ScanOutcome } from './types';
import type { VerificationGate } from './verification-gate';

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
  const { runner, orders } = deps;
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
      if ((await submitStep(deps, ctx, 'set_process')) === 'done') orders.noteStatus(code, 'process');
    } else {
      runner.skip(ctx, 'set_process', { reason: 'already in process' });
    }
    await verify(deps, ctx, gate, facts);
    leaveIfSuperseded(ctx);
    const pickupOption = ctx.pickupOption();
    // While set-packed is in flight, a re-scan of this order must not read its 409 as "packed elsewhere".
    const packed = await deps.packingNow.during(code, () =>
      submitStep(deps, ctx, 'set_packed', { pickupOption }),
    );
    if (packed === 'queued') {
      const unreadable = unreadableWrite(deps, code);
      if (unreadable) return waitForLabel(deps, ctx, UNREADABLE_NOTE, false, unreadable);
      return waitForLabel(deps, ctx, 'set-packed is queued until the Orders API is back');
    }
    orders.noteStatus(code, 'packed');
    void deps.packLog.markPacked(code, ctx.scanId, deps.now()).catch(() => undefined);
  }

  let labelPath: string;
  try {
    const fetching = runner.run(ctx, 'label', () => fetchLabelToCache(deps, code, ctx.scanId));
    preparePrint(deps); // while the label request is out
    labelPath = await fetching;
  } catch (err) {
    // Packed, but the API went away before the label came: it waits in the tray like an offline scan.
    // A label reply that came and cannot be read is no sign of that: it stops the scan with its words.
    if (!(err instanceof StepFailed) || !err.error.retryable || err.error.kind === 'bad_response') throw err;
    deps.connectivity.reportFailure(err.error);
    return waitForLabel(deps, ctx, 'the label could not be fetched: the Orders API cannot be reached', true);
  }
  return printLabel(deps, ctx, labelPath, false);
}

/** Prints once, unless a newer scan took the bench: then the label goes to the tray, never to this box. */
export async function printLabel(
  deps: Parameters<typeof labelAccepted>[0] & Pick<FlowDeps, 'printer'>,
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
          state: 'ready',
          labelPath,
          addedAt: deps.now().toISOString(),
        });
        const outcome: ScanOutcome = {
          kind: 'to_tray',
          reason: 'superseded',
          orderCode: code,
          scanId: ctx.scanId,
        };
        throw new FlowEnd(outcome, 'skipped', undefined, {
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
      await resumeShipping(deps, ctx, facts);
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
      preparePrint(deps);
      const item = deps.tray.get(ctx.orderCode);
      if (!item) {
        throw deps.runner.fail(ctx, {
          ...problem('internal', 'print', 'The waiting label left the tray.', undefined, {
            key: 'stationErrors.labelLeftTray',
          }),
          step: 'print',
        });
      }
      const ready = item.state === 'ready' || (await deps.labelWaiter.fetch(ctx.orderCode));
      const path = deps.tray.get(ctx.orderCode)?.labelPath;
      if (!ready || !path) {
        throw deps.runner.fail(ctx, {
          ...problem(
            'offline',
            'label',
            `Order ${ctx.orderCode} waits in the labels-pending tray: its label will be fetched when the Orders API is back. Nothing printed.`,
            'Put the box with the tray; scan it again once the station is back online.',
            { key: 'stationErrors.labelWaitsOffline', values: { code: ctx.orderCode } },
          ),
          step: 'label',
          retryable: true,
        });
      }
      if (item.state === 'ready') deps.runner.skip(ctx, 'label', { source: 'labels-pending tray' });
      return printLabel(deps, ctx, path, true);
    }
  }
}

async function verify(
  deps: Pick<FlowDeps, 'settings' | 'runner'>,
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
      ...problem(
        'offline',
        'verify',
        'The items cannot be checked without the order details.',
        'Sync the orders, then scan again.',
        { key: 'stationErrors.verifyOffline' },
      ),
      step: 'verify',
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
    { mode, lines: expectedPerSku(detail.product_info) },
  );
}

/**
 * The label should print in a moment: the printer's queue check (an `lpstat` under CUPS) runs now, while
 * the label is fetched, instead of in front of `lp`. (Earlier, beside set-process / set-packed, it slowed
 * their journal writes as much as it saved.) The print still waits for that check and refuses a paused
 * or missing printer as before; a check older than a couple of seconds is made again at the print.
 */
function preparePrint(deps: Pick<FlowDeps, 'connectivity' | 'printer'>): void {
  if (!deps.connectivity.current().online) return;
  try {
    deps.printer.prepare?.();
  } catch {
    // A head start only: the print makes its own check.
  }
}

function leaveIfSuperseded(ctx: ScanContext): void {
  if (ctx.superseded) throw new FlowEnd({ kind: 'parked', orderCode: ctx.orderCode, scanId: ctx.scanId });
}

/**
 * Printed here, still packed, and nothing of it waits in the outbox: the station stopped between the
 * print and journaling mark-printed + ship (a crash, a power cut). The label job was accepted, so they
 * are journaled now; nothing prints.
 */
async function resumeShipping(
  deps: AfterPrintDeps & Pick<FlowDeps, 'settings' | 'awaitingConfirm'>,
  ctx: ScanContext,
  facts: OrderFacts,
): Promise<void> {
  const code = ctx.orderCode;
  if (facts.status !== 'packed' || deps.settings().confirmLabel || deps.awaitingConfirm.has(code)) return;
  const journaled = deps.outbox
    .list()
    .some((e) => e.orderCode === code && e.kind === 'ship' && e.state !== 'discarded');
  if (!journaled) await journalAfterPrint(deps, code, ctx.scanId, ['mark_printed', 'ship']);
}
