import { describe, expect, it } from 'vitest';
import { shiftCounters, shiftStart } from '../../src/main/station/shift';

const JAKARTA = { timeZone: 'Asia/Jakarta', starts: ['06:00', '14:00', '22:00'] };

describe('shiftStart', () => {
  it('finds the current shift in Jakarta (UTC+7)', () => {
    // 10:30 local → the 06:00 shift, 23:00 UTC the day before.
    expect(shiftStart(new Date('2026-03-10T03:30:00Z'), JAKARTA).toISOString()).toBe(
      '2026-03-09T23:00:00.000Z',
    );
    // 14:00 local exactly → the 14:00 shift.
    expect(shiftStart(new Date('2026-03-10T07:00:00Z'), JAKARTA).toISOString()).toBe(
      '2026-03-10T07:00:00.000Z',
    );
  });

  it('before the first start of the day, the night shift of yesterday is still running', () => {
    // 03:00 local on the 10th → 22:00 local on the 9th = 15:00 UTC on the 9th.
    expect(shiftStart(new Date('2026-03-09T20:00:00Z'), JAKARTA).toISOString()).toBe(
      '2026-03-09T15:00:00.000Z',
    );
  });

  it('follows daylight saving in other zones', () => {
    const ny = { timeZone: 'America/New_York', starts: ['06:00'] };
    // 8 March 2026: clocks jump 02:00 → 03:00; 06:00 is EDT (UTC-4).
    expect(shiftStart(new Date('2026-03-08T14:00:00Z'), ny).toISOString()).toBe('2026-03-08T10:00:00.000Z');
    // The day before, EST (UTC-5).
    expect(shiftStart(new Date('2026-03-07T14:00:00Z'), ny).toISOString()).toBe('2026-03-07T11:00:00.000Z');
  });

  it('takes configured boundaries in any order and rejects nonsense', () => {
    const utc = { timeZone: 'UTC', starts: ['18:00', '08:00'] };
    expect(shiftStart(new Date('2026-01-01T12:00:00Z'), utc).toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(() => shiftStart(new Date(), { timeZone: 'UTC', starts: ['25:00'] })).toThrow();
  });
});

describe('shiftCounters', () => {
  it('counts only this shift: packed, per hour, average seconds per order', () => {
    const now = new Date('2026-03-10T01:00:00Z'); // 08:00 Jakarta, shift began 2 h ago
    const records = [
      { printedAt: '2026-03-09T22:59:00Z', durationMs: 10_000 }, // previous shift
      { printedAt: '2026-03-09T23:10:00Z', durationMs: 20_000 },
      { printedAt: '2026-03-10T00:10:00Z', durationMs: 40_000 },
      { printedAt: '2026-03-10T00:20:00Z', durationMs: null }, // from the tray: counted, not timed
    ];
    expect(shiftCounters(records, now, JAKARTA)).toEqual({
      shiftStart: '2026-03-09T23:00:00.000Z',
      packed: 3,
      perHour: 1.5,
      avgSecondsPerOrder: 30,
    });
  });

  it('is empty at the start of a shift', () => {
    const c = shiftCounters([], new Date('2026-03-10T07:00:00Z'), JAKARTA);
    expect(c).toMatchObject({ packed: 0, perHour: 0, avgSecondsPerOrder: null });
  });
});
