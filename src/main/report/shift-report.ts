// The shift report from the pack log, pure: per packer and for the bench, orders packed, orders per hour,
// median and p90 time per order, stops and errors by kind, reprints, labels per courier, returns, and the
// shift's slowest steps. The clock and the shift window are arguments.
import type { PackerRef } from '../../shared/people';
import type { ReportRow, ShiftReport, ShiftWindow, SlowStep } from '../../shared/report';
import type { PackEvent, PackRecord } from '../station/pack-log';
import type { ReturnRecord } from './returns';
import { inWindow } from './shift-window';

export interface ReportInput {
  window: ShiftWindow;
  records: readonly PackRecord[];
  events: readonly PackEvent[];
  returns: readonly ReturnRecord[];
  now: Date;
}

/** Orders packed without anyone's badge are reported under this id. */
export const NO_PACKER: PackerRef = { id: 'none', name: '—' };
const SLOWEST = 5;

export function buildShiftReport(input: ReportInput): ShiftReport {
  const { window, now } = input;
  const records = input.records.filter((r) => r.printedAt !== null && inWindow(r.printedAt, window));
  const events = input.events.filter((e) => inWindow(e.at, window));
  const returns = input.returns.filter((r) => inWindow(r.at, window));
  const end = Math.min(now.getTime(), Date.parse(window.end));
  const running = now.getTime() < Date.parse(window.end);
  const benchHours = hoursOf(Date.parse(window.start), end);

  const packers = new Map<string, PackerRef>();
  const keyOf = (p: PackerRef | null | undefined): string => {
    const packer = p ?? NO_PACKER;
    if (!packers.has(packer.id)) packers.set(packer.id, packer);
    return packer.id;
  };
  for (const r of records) keyOf(r.packer);
  for (const e of events) keyOf(e.packer);
  for (const r of returns) keyOf(r.packer);

  const bench = row(null, records, events, returns, benchHours);
  const rows = [...packers.values()]
    // By name; orders packed without a badge last.
    .sort(
      (a, b) =>
        Number(a.id === NO_PACKER.id) - Number(b.id === NO_PACKER.id) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .map((p) => {
      const mine = records.filter((r) => (r.packer ?? NO_PACKER).id === p.id);
      return row(
        p,
        mine,
        events.filter((e) => (e.packer ?? NO_PACKER).id === p.id),
        returns.filter((r) => (r.packer ?? NO_PACKER).id === p.id),
        activeHours(mine),
      );
    });
  return { shift: window, rows: [bench, ...rows], slowestSteps: slowest(records), running };
}

function row(
  packer: PackerRef | null,
  records: readonly PackRecord[],
  events: readonly PackEvent[],
  returns: readonly ReturnRecord[],
  hours: number,
): ReportRow {
  const seconds = records
    .map((r) => r.durationMs)
    .filter((d): d is number => d !== null)
    .map((d) => d / 1000)
    .sort((a, b) => a - b);
  return {
    packer,
    ordersPacked: records.length,
    ordersPerHour: round1(records.length / hours),
    medianSeconds: seconds.length ? round1(median(seconds)) : null,
    p90Seconds: seconds.length ? round1(seconds[Math.ceil(0.9 * seconds.length) - 1]) : null,
    stops: countBy(events.filter((e) => e.kind === 'stop').map((e) => e.reason)),
    errors: countBy(events.filter((e) => e.kind === 'error').map((e) => e.reason)),
    reprints: events.filter((e) => e.kind === 'reprint').length,
    labelsByCourier: countBy(records.map((r) => r.courier || 'unknown')),
    returns: returns.length,
  };
}

/** A packer's time on the bench: first scan of the shift to last label, never less than a minute. */
function activeHours(records: readonly PackRecord[]): number {
  if (!records.length) return 1;
  const starts = records.map((r) => Date.parse(r.printedAt ?? '') - (r.durationMs ?? 0));
  const ends = records.map((r) => Date.parse(r.printedAt ?? ''));
  return hoursOf(Math.min(...starts), Math.max(...ends));
}

/** Never divide by less than a minute: one order in the first seconds is not "3,600 an hour". */
function hoursOf(from: number, to: number): number {
  return Math.max((to - from) / 3_600_000, 1 / 60);
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function slowest(records: readonly PackRecord[]): SlowStep[] {
  return records
    .flatMap((r) =>
      Object.entries(r.steps ?? {}).map(([step, ms]) => ({
        orderCode: r.orderCode,
        step,
        ms,
        packer: r.packer ?? null,
      })),
    )
    .sort((a, b) => b.ms - a.ms || a.orderCode.localeCompare(b.orderCode))
    .slice(0, SLOWEST);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
