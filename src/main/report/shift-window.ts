// A shift as an interval: from the latest configured local start at or before an instant to the next one,
// in the station's time zone (a shift may cross midnight; DST days are handled by shiftStart).
import type { ShiftWindow } from '../../shared/report';
import { shiftStart, type ShiftConfig } from '../station/shift';

const STEP_MS = 15 * 60_000;
const DAY_MS = 26 * 3_600_000;

export function shiftWindowAt(instant: Date, config: ShiftConfig): ShiftWindow {
  const start = shiftStart(instant, config);
  return {
    start: start.toISOString(),
    end: nextStart(start, config).toISOString(),
    timeZone: config.timeZone,
  };
}

/** The first configured start after `start` (shift starts are whole minutes at least 15 apart). */
function nextStart(start: Date, config: ShiftConfig): Date {
  for (let t = start.getTime() + STEP_MS; t <= start.getTime() + DAY_MS; t += STEP_MS) {
    const s = shiftStart(new Date(t), config);
    if (s.getTime() > start.getTime()) return s;
  }
  return new Date(start.getTime() + 24 * 3_600_000);
}

export function inWindow(iso: string, window: ShiftWindow): boolean {
  const t = Date.parse(iso);
  return t >= Date.parse(window.start) && t < Date.parse(window.end);
}
