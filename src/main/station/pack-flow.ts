// The pack flow's front door: one scan at a time on the bench, a newer scan supersedes the current one,
// and the commands the packer gives around it (verify done, pickup option, reprint, tray, confirm label).
import { randomUUID } from 'node:crypto';
import type { ErrorInfo, Result } from '../../shared/errors';
import { nextPickupOption, PICKUP_OPTIONS, type PickupOption } from '../../shared/orders';
import type { PackerRef } from '../../shared/people';
import type { PrintJob } from '../printing/types';
import type { Outbox } from '../outbox/types';
import { toErrorInfo } from '../errors/error-info';
import { flowErrors } from './flow-errors';
import type { FlowApi, FlowConnectivity, FlowDeps, OrderSource, ScanContext } from './flow-deps';
import { confirmLabel, restoreConfirmWaits, type ConfirmResult } from './confirm-label';
import { fetchLabelToCache } from './label-fetch';
import { LabelWaiter } from './label-waiter';
import { ConfirmWaits, InFlight, OutboxScans, PackingNow } from './flow-state';
import { followOutbox } from './outbox-follow';
import { noteOutcome, noteReprint, openFlowLog, packerRequired } from './flow-log';
import type { PackLog } from './pack-log';
import { runScan } from './scan-run';
import { DEFAULT_SHIFT_CONFIG, shiftCounters, type ShiftConfig, type ShiftCounters } from './shift';
import { StepFailed, StepRunner } from './step-runner';
import { TrayStore, type TrayItem } from './tray';
import { printTrayItem, printWholeTray, type TrayPrintResult } from './tray-print';
import type { LabelCache, LabelPrinter, ScanOutcome, StationFlowSettings, StepEvent } from './types';
import type { VerificationCheck } from './verification';
import { VerificationGate } from './verification-gate';

export interface PackFlowOptions {
  api: FlowApi;
  orders: OrderSource;
  printer: LabelPrinter;
  labels: LabelCache;
  dataDir: string;
  settings: () => StationFlowSettings;
  onStep: (event: StepEvent) => void;
  /** The durable outbox: the flow's only write path (set-process, set-packed, mark-printed, ship). */
  outbox: Outbox;
  /**
   * The outbox's view of API reachability (the host's createConnectivity). Offline scans then resolve from
   * the cache at once, and coming back online fetches waiting labels. Without it the API counts as online.
   */
  connectivity?: FlowConnectivity;
  /** The labels-pending tray changed (an offline label arrived, an order left it): republish it. */
  onTrayChange?: (items: TrayItem[]) => void;
  /** A label was printed here: the shift counters as they are now. */
  onShiftChange?: (counters: ShiftCounters) => void;
  /** The station's time zone and shift starts (Settings), read at each count. */
  shift?: () => ShiftConfig;
  /** Who is packing now (badge or pick); every record, step and stop of a scan carries them. */
  packer?: () => PackerRef | null;
  /** Setting "a packer is required": an order scan without a packer is refused in words. */
  packerRequired?: () => boolean;
  now?: () => Date;
}

interface Current {
  ctx: ScanContext;
  promise: Promise<ScanOutcome>;
}

export class PackFlow {
  private current: Current | null = null;
  private readonly gate = new VerificationGate();
  private readonly pickupOverrides = new Map<string, PickupOption>();
  /** Every scan still running, superseded ones included (they may still be filing a label in the tray). */
  private readonly scans = new InFlight();

  private readonly unfollow: Array<() => void>;

  private constructor(
    private readonly deps: FlowDeps,
    private readonly opts: PackFlowOptions,
    private readonly waiter: LabelWaiter,
  ) {
    this.unfollow = [
      followOutbox(deps, waiter),
      // Back online: labels whose set-packed is done may be fetched (never printed by this).
      deps.connectivity.onChange((view) => {
        if (view.online) waiter.fetchAll();
      }),
    ];
    // After a restart, labels whose set-packed was replayed meanwhile may be fetched (never printed).
    waiter.fetchAll();
  }

  static async create(opts: PackFlowOptions): Promise<PackFlow> {
    const now = opts.now ?? (() => new Date());
    const tray = new TrayStore(opts.dataDir, opts.onTrayChange);
    let flow: PackFlow | null = null;
    const { packLog, onStep } = openFlowLog(opts, () => {
      if (flow) opts.onShiftChange?.(flow.shiftCounters());
    });
    await Promise.all([tray.load(), packLog.load()]);
    const labelWaiter = { fetch: (code: string): Promise<boolean> => waiter.fetch(code) };
    const deps: FlowDeps = {
      api: opts.api,
      orders: opts.orders,
      printer: opts.printer,
      labels: opts.labels,
      tray,
      packLog,
      outbox: opts.outbox,
      connectivity: opts.connectivity ?? alwaysOnline(),
      outboxScans: new OutboxScans(),
      labelWaiter,
      journaling: new InFlight(),
      runner: new StepRunner(onStep, now),
      settings: opts.settings,
      dataDir: opts.dataDir,
      now,
      awaitingConfirm: new ConfirmWaits(),
      packingNow: new PackingNow(),
    };
    restoreConfirmWaits(deps);
    const waiter = new LabelWaiter(deps);
    flow = new PackFlow(deps, opts, waiter);
    return flow;
  }

  /** Resolves as soon as the label job is accepted (or the scan ends otherwise); after-print runs on. */
  scan(rawCode: string): Promise<ScanOutcome> {
    const orderCode = rawCode.trim();
    if (!orderCode) {
      const error = flowErrors.emptyScan();
      return Promise.resolve({ kind: 'failed', orderCode, scanId: randomUUID(), error });
    }
    const running = this.current;
    // The same code again while it is in hand is the scanner repeating itself, not a new box.
    if (running && running.ctx.orderCode === orderCode && !running.ctx.superseded) return running.promise;
    const packer = this.opts.packer?.() ?? null;
    // Refused before anything when a packer is required: the order in hand stays, nothing is written.
    if (!packer && this.opts.packerRequired?.()) return Promise.resolve(packerRequired(orderCode));
    if (running) this.supersede(running);

    const ctx: ScanContext = {
      orderCode,
      scanId: randomUUID(),
      startedAt: this.deps.now(),
      superseded: false,
      pickupOption: () => this.pickupOverrides.get(orderCode) ?? this.deps.settings().pickupOption,
      packer,
    };
    this.deps.packLog.scans.begin(ctx.scanId, packer);
    const promise = runScan(this.deps, ctx, this.gate).then((outcome) => {
      if (this.current?.ctx === ctx) this.current = null;
      if (outcome.kind === 'printed') this.pickupOverrides.delete(orderCode);
      noteOutcome(this.deps, outcome, packer);
      return outcome;
    });
    this.current = { ctx, promise };
    return this.scans.track(promise);
  }

  currentScan(): { orderCode: string; scanId: string } | null {
    return this.current ? { orderCode: this.current.ctx.orderCode, scanId: this.current.ctx.scanId } : null;
  }

  finishVerification(orderCode: string, counts: Readonly<Record<string, number>>): Result<VerificationCheck> {
    return this.gate.finish(orderCode.trim(), counts);
  }

  /** The "cancel current order" command: leaves the order in hand; a label already fetched goes to the tray. */
  cancelCurrent(): boolean {
    if (!this.current) return false;
    this.supersede(this.current);
    this.current = null;
    return true;
  }

  setPickupOption(orderCode: string, option: PickupOption): Result<PickupOption> {
    if (!PICKUP_OPTIONS.includes(option)) return fail(flowErrors.unknownPickup());
    this.pickupOverrides.set(orderCode.trim(), option);
    return { ok: true, value: option };
  }

  /** The "next pickup option" command: cycles the option of the given order, or the one in hand. */
  nextPickupOption(orderCode?: string): Result<PickupOption> {
    const code = orderCode?.trim() || this.current?.ctx.orderCode;
    if (!code) return fail(flowErrors.pickupNoOrder());
    const now = this.pickupOverrides.get(code) ?? this.deps.settings().pickupOption;
    return this.setPickupOption(code, nextPickupOption(now));
  }

  /** Confirm-label mode (confirm-label.ts): ships the order whose label's tracking barcode was scanned. */
  confirmLabel(orderCode: string | null, scannedTracking: string): Promise<Result<ConfirmResult>> {
    return confirmLabel(this.deps, orderCode, scannedTracking);
  }

  /** Prints the cached label again (fetched first when not cached). Never marks or ships by itself… */
  async reprint(orderCode: string): Promise<Result<PrintJob>> {
    const code = orderCode.trim();
    const ctx = { orderCode: code, scanId: randomUUID() };
    // …except a label waiting in the tray: printing it is its one print, so after-print follows.
    if (this.deps.tray.get(code)) return printTrayItem(this.deps, code, ctx.scanId);
    try {
      const cached = await this.deps.labels.get(code);
      const path =
        cached ??
        (await this.deps.runner.run(ctx, 'label', () => fetchLabelToCache(this.deps, code, ctx.scanId)));
      const job = await this.deps.runner.run(ctx, 'print', () =>
        this.deps.printer.print({ orderCode: code, file: path, kind: 'label' }),
      );
      noteReprint(this.deps, code, this.opts.packer?.() ?? null);
      return { ok: true, value: job };
    } catch (err) {
      return fail(errorOf(err, 'print'));
    }
  }

  reprintLast(): Promise<Result<PrintJob>> {
    const last = this.deps.packLog.lastPrinted();
    if (!last) return Promise.resolve(fail(flowErrors.nothingPrinted()));
    return this.reprint(last);
  }

  /** The cached label of an order, for a preview or a reprint from elsewhere. */
  async labelPath(orderCode: string): Promise<string | null> {
    return (await this.deps.labels.get(orderCode.trim())) ?? null;
  }

  tray(): TrayItem[] {
    return this.deps.tray.list();
  }

  /** A supervisor drops a waiting label (the order stays packed at the API); false when it is not there. */
  async discardFromTray(orderCode: string): Promise<boolean> {
    if (!this.deps.tray.get(orderCode)) return false;
    await this.deps.tray.remove(orderCode);
    return true;
  }

  /** Prints the whole tray on purpose, oldest first, each label after a slip naming its order. */
  printTray(): Promise<TrayPrintResult> {
    return printWholeTray(this.deps);
  }

  /** What the shift report reads: the pack log's records and events. */
  packLog(): Pick<PackLog, 'records' | 'eventList'> {
    return this.deps.packLog;
  }

  shiftCounters(at?: Date): ShiftCounters {
    const records = this.deps.packLog
      .records()
      .filter((r) => r.printedAt !== null)
      .map((r) => ({ printedAt: r.printedAt ?? '', durationMs: r.durationMs }));
    return shiftCounters(records, at ?? this.deps.now(), this.opts.shift?.() ?? DEFAULT_SHIFT_CONFIG);
  }

  /** Waits until the outbox has sent everything and waiting labels are fetched (tests; needs the API). */
  async idle(timeoutMs?: number): Promise<void> {
    await this.settled();
    await this.opts.outbox.drained(timeoutMs);
    await this.waiter.idle();
  }

  /**
   * Shutdown: the scan in hand is left, journaling and file saves finish. Queued actions stay in the
   * outbox's journal (the host closes the outbox after the flow).
   */
  async close(): Promise<void> {
    if (this.current) this.cancelCurrent();
    await this.settled();
    for (const off of this.unfollow) off();
    await Promise.all([this.deps.tray.flush(), this.deps.packLog.flush()]);
  }

  private async settled(): Promise<void> {
    await this.scans.idle();
    await this.deps.journaling.idle();
    await this.waiter.idle();
  }

  private supersede(running: Current): void {
    running.ctx.superseded = true;
    if (this.gate.waitingFor() === running.ctx.orderCode) this.gate.park();
  }
}

function alwaysOnline(): FlowConnectivity {
  const since = new Date().toISOString();
  return {
    current: () => ({ online: true, since, lastCheckAt: null, lastError: null }),
    reportFailure: () => undefined,
    onChange: () => () => undefined,
  };
}

function fail<T>(error: ErrorInfo): Result<T> {
  return { ok: false, error };
}

function errorOf(err: unknown, step: 'print'): ErrorInfo {
  return err instanceof StepFailed ? err.error : toErrorInfo(err, step);
}
