// A box packed (or queued to be) whose label cannot come now: it waits in the labels-pending tray, its
// label is fetched later and printed only on purpose. Why it waits: the API cannot be reached, or it
// answered set-packed with something unreadable (then the scan carries that error to show).
import type { ErrorInfo } from '../../shared/errors';
import type { FlowDeps, ScanContext } from './flow-deps';
import type { ScanOutcome } from './types';

/** Offline: the box is packed (or queued to be), its label is fetched later and printed only on purpose. */
export async function waitForLabel(
  deps: Pick<FlowDeps, 'tray' | 'now' | 'runner' | 'connectivity' | 'labelWaiter'>,
  ctx: ScanContext,
  why: string,
  labelTried = false,
  unreadable: ErrorInfo | null = null,
): Promise<ScanOutcome> {
  const code = ctx.orderCode;
  await deps.tray.add({
    orderCode: code,
    scanId: ctx.scanId,
    state: 'waiting_label',
    labelPath: null,
    addedAt: deps.now().toISOString(),
  });
  const reason = `${why}; the order waits in the labels-pending tray`;
  if (!labelTried) deps.runner.skip(ctx, 'label', { reason });
  deps.runner.skip(ctx, 'print', {
    reason: 'nothing prints until its label is fetched and the order is scanned again',
  });
  // The API may already be back (a replay finished while this scan ran): fetch without printing.
  if (deps.connectivity.current().online) void deps.labelWaiter.fetch(code);
  if (unreadable) {
    return { kind: 'to_tray', reason: 'unreadable', error: unreadable, orderCode: code, scanId: ctx.scanId };
  }
  return { kind: 'to_tray', reason: 'offline', orderCode: code, scanId: ctx.scanId };
}
