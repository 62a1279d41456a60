// Shift counters for the bench: packed count, orders per hour and average seconds per order since the
// current shift began, in the station's IANA time zone. Pure: the clock is an argument.

export interface ShiftConfig {
  /** IANA zone of the warehouse, e.g. 'Asia/Jakarta'. */
  timeZone: string;
  /** Local start times of the shifts, 'HH:MM', e.g. ['06:00', '14:00', '22:00']. */
  starts: readonly string[];
}

export const DEFAULT_SHIFT_CONFIG: ShiftConfig = {
  timeZone: 'Asia/Jakarta',
  starts: ['06:00', '14:00', '22:00'],
};

export interface PackedRecord {
  /** When the label job was accepted (ISO). */
  printedAt: string;
  /** Scan to label accepted, when this station measured it. */
  durationMs: number | null;
}

export interface ShiftCounters {
  shiftStart: string;
  packed: number;
  perHour: number;
  /** Mean scan-to-label time of the shift's orders, null before the first one. */
  avgSecondsPerOrder: number | null;
}

export function shiftCounters(
  records: readonly PackedRecord[],
  now: Date,
  config = DEFAULT_SHIFT_CONFIG,
): ShiftCounters {
  const start = shiftStart(now, config);
  const inShift = records.filter((r) => {
    const t = Date.parse(r.printedAt);
    return t >= start.getTime() && t <= now.getTime();
  });
  // Never divide by less than a minute: one order in the first seconds is not "3,600 an hour".
  const hours = Math.max((now.getTime() - start.getTime()) / 3_600_000, 1 / 60);
  const timed = inShift.filter((r) => r.durationMs !== null);
  const avg = timed.length
    ? timed.reduce((sum, r) => sum + (r.durationMs ?? 0), 0) / timed.length / 1000
    : null;
  return {
    shiftStart: start.toISOString(),
    packed: inShift.length,
    perHour: round1(inShift.length / hours),
    avgSecondsPerOrder: avg === null ? null : round1(avg),
  };
}

/** The instant the current shift began: the latest configured local start time at or before `now`. */
export function shiftStart(now: Date, config = DEFAULT_SHIFT_CONFIG): Date {
  const starts = config.starts.map(parseHhMm).sort((a, b) => a - b);
  if (starts.length === 0) throw new Error('at least one shift start is needed');
  const local = localParts(now, config.timeZone);
  const minuteOfDay = local.hour * 60 + local.minute;
  const today = starts.filter((m) => m <= minuteOfDay);
  // Before the first start of the day: the last shift of yesterday is still running.
  const dayOffset = today.length ? 0 : -1;
  const minutes = today.length ? today[today.length - 1] : starts[starts.length - 1];
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + dayOffset));
  return zonedToInstant(
    day.getUTCFullYear(),
    day.getUTCMonth() + 1,
    day.getUTCDate(),
    Math.floor(minutes / 60),
    minutes % 60,
    config.timeZone,
  );
}

function parseHhMm(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new Error(`bad shift start "${value}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** Offset of the zone from UTC at an instant, in ms (Jakarta: +7 h). */
function zoneOffset(instantMs: number, timeZone: string): number {
  const p = localParts(new Date(instantMs), timeZone);
  const seconds = new Date(instantMs).getUTCSeconds();
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds);
  return asUtc - (instantMs - (instantMs % 1000));
}

/** A local wall-clock time in a zone as an instant; two passes settle a DST change in between. */
function zonedToInstant(y: number, mo: number, d: number, h: number, mi: number, timeZone: string): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(instant, timeZone);
  if (second !== instant) instant = second;
  return new Date(instant);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
