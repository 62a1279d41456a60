import { describe, expect, it } from 'vitest';
import {
  createBurstDetector,
  type BurstDetector,
  type BurstEvent,
  type KeyVerdict,
} from '../../src/renderer/src/scan/burst-detector';
import { normaliseManualCode, isSubmittableCode } from '../../src/renderer/src/scan/manual-entry';

interface Fed {
  verdicts: KeyVerdict[];
  events: BurstEvent[];
  end: number;
}

/** Feeds keys one `gap` ms apart starting at `start`, then flushes after a long silence. */
function feed(
  detector: BurstDetector,
  keys: string[],
  gap: number,
  { start = 1000, textField = false, flush = true } = {},
): Fed {
  const verdicts: KeyVerdict[] = [];
  const events: BurstEvent[] = [];
  let time = start;
  for (const key of keys) {
    const verdict = detector.key({ key, time, targetIsTextField: textField });
    verdicts.push(verdict);
    events.push(...verdict.events);
    time += gap;
  }
  if (flush) events.push(...detector.flush(time + 1000));
  return { verdicts, events, end: time };
}

const chars = (text: string): string[] => [...text];

describe('burst detector', () => {
  it('turns a 2 ms/char scanner burst ending in Enter into one scan and swallows its keys', () => {
    const detector = createBurstDetector();
    const { verdicts, events } = feed(detector, [...chars('ORD-12345'), 'Enter'], 2, { flush: false });
    expect(events).toEqual([{ type: 'scan', code: 'ORD-12345' }]);
    // The first two keys cannot be known as a scan yet; from the third on (and the Enter) they are swallowed.
    expect(verdicts.map((v) => v.consume)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(detector.pending).toBe(false);
  });

  it('leaves slow human typing (150 ms/char) alone, Enter included', () => {
    const detector = createBurstDetector();
    const { verdicts, events } = feed(detector, [...chars('ORD-12345'), 'Enter'], 150, { textField: true });
    expect(events).toEqual([]);
    expect(verdicts.every((v) => !v.consume && !v.restoreField)).toBe(true);
    // Each slow key starts (and abandons) a burst of its own.
    expect(verdicts.filter((v) => v.started)).toHaveLength(9);
  });

  it('asks to restore a text field the burst started typing into, once', () => {
    const detector = createBurstDetector();
    const { verdicts, events } = feed(detector, [...chars('SKU777'), 'Enter'], 3, { textField: true });
    expect(events).toEqual([{ type: 'scan', code: 'SKU777' }]);
    expect(verdicts.map((v) => v.restoreField)).toEqual([false, false, true, false, false, false, false]);
    expect(verdicts.map((v) => v.started)).toEqual([true, false, false, false, false, false, false]);
  });

  it('does not ask to restore when the burst started outside a text field', () => {
    const detector = createBurstDetector();
    const { verdicts } = feed(detector, [...chars('SKU777'), 'Enter'], 3);
    expect(verdicts.some((v) => v.restoreField)).toBe(false);
  });

  it('keeps control characters in the code (to be refused in words) and ignores the Shift for capitals', () => {
    const detector = createBurstDetector();
    const keys = ['Shift', 'A', '\u001d', 'b', 'Unidentified', 'Shift', 'C', '\u0000', '1', 'Enter'];
    const { events, verdicts } = feed(detector, keys, 2, { flush: false });
    expect(events).toEqual([{ type: 'scan', code: 'A\u001db\u001aC\u00001' }]);
    expect(verdicts[verdicts.length - 1].consume).toBe(true);
  });

  it('a real code with a trailing or leading control character is not that code', () => {
    for (const keys of [
      [...chars('ORD-12'), '\u001d', 'Enter'],
      ['\u0002', ...chars('ORD-12'), 'Enter'],
    ]) {
      const { events } = feed(createBurstDetector(), keys, 2);
      expect(events).toHaveLength(1);
      expect(events[0]).not.toEqual({ type: 'scan', code: 'ORD-12' });
    }
  });

  it('removes a configured prefix', () => {
    const detector = createBurstDetector({ prefix: ']' });
    expect(feed(detector, [...chars(']ORD9'), 'Enter'], 2).events).toEqual([{ type: 'scan', code: 'ORD9' }]);
    // A prefix that is not there is not invented away.
    expect(feed(detector, [...chars('ORD9'), 'Enter'], 2).events).toEqual([{ type: 'scan', code: 'ORD9' }]);
  });

  it('reports a burst whose code is too short once the prefix is gone', () => {
    const detector = createBurstDetector({ prefix: '~~' });
    expect(feed(detector, [...chars('~~AB'), 'Enter'], 2).events).toEqual([
      { type: 'garbled', reason: 'too_short' },
    ]);
  });

  it('ends a scan on Tab and swallows the Tab so focus does not jump', () => {
    const detector = createBurstDetector();
    const { events, verdicts } = feed(detector, [...chars('8991234567890'), 'Tab'], 2, { flush: false });
    expect(events).toEqual([{ type: 'scan', code: '8991234567890' }]);
    expect(verdicts[verdicts.length - 1].consume).toBe(true);
  });

  it('honours a configured terminator list', () => {
    const detector = createBurstDetector({ terminators: ['Enter'] });
    const { events } = feed(detector, [...chars('ABC123'), 'Tab'], 2, { flush: false });
    // Tab is not a terminator here: it is dropped as a control key and the burst stays open.
    expect(events).toEqual([]);
    expect(detector.pending).toBe(true);
  });

  it('emits a fast burst without terminator after the gap when emitOnTimeout is on', () => {
    const detector = createBurstDetector();
    const { events, end } = feed(detector, chars('PKG-42'), 2, { flush: false });
    expect(detector.flush(end)).toEqual([]); // still within the gap: not over yet
    expect(detector.flush(end + 40)).toEqual([{ type: 'scan', code: 'PKG-42' }]);
    expect(events).toEqual([]);
  });

  it('drops a burst without terminator when emitOnTimeout is off', () => {
    const detector = createBurstDetector({ emitOnTimeout: false });
    expect(feed(detector, chars('PKG-42'), 2).events).toEqual([]);
  });

  it('ends a timed-out burst when the next key comes, and starts afresh with that key', () => {
    const detector = createBurstDetector();
    const first = feed(detector, chars('AAA111'), 2, { flush: false });
    const second = feed(detector, [...chars('BBB222'), 'Enter'], 2, { start: first.end + 500, flush: false });
    expect(second.events).toEqual([
      { type: 'scan', code: 'AAA111' },
      { type: 'scan', code: 'BBB222' },
    ]);
  });

  it('swallows a late terminator that belongs to a burst which already timed out', () => {
    const detector = createBurstDetector();
    const { end } = feed(detector, chars('LATE01'), 2, { flush: false });
    expect(detector.flush(end + 40)).toEqual([{ type: 'scan', code: 'LATE01' }]);
    const late = detector.key({ key: 'Enter', time: end + 60, targetIsTextField: false });
    expect(late).toEqual({
      started: false,
      consume: true,
      preventDefault: true,
      restoreField: false,
      events: [],
    });
    // A second Enter is the person's again.
    expect(detector.key({ key: 'Enter', time: end + 70, targetIsTextField: false }).consume).toBe(false);
  });

  it('stops the default of letters outside text fields (no select typeahead), never of space or typing', () => {
    const outside = feed(createBurstDetector(), ['a', ' ', 'b'], 200).verdicts;
    expect(outside.map((v) => [v.preventDefault, v.consume])).toEqual([
      [true, false],
      [false, false],
      [true, false],
    ]);
    const typing = feed(createBurstDetector(), ['a', ' ', 'b'], 200, { textField: true }).verdicts;
    expect(typing.some((v) => v.preventDefault || v.consume)).toBe(false);
  });

  it('does not treat two quick keys (shorter than minLength) as a scan', () => {
    const detector = createBurstDetector();
    const { events, verdicts } = feed(detector, ['o', 'k', 'Enter'], 10);
    expect(events).toEqual([]);
    expect(verdicts.some((v) => v.consume)).toBe(false);
  });

  it('leaves Backspace and arrows alone when no burst is running', () => {
    const detector = createBurstDetector();
    const verdict = detector.key({ key: 'Backspace', time: 5, targetIsTextField: true });
    expect(verdict).toEqual({
      started: false,
      consume: false,
      preventDefault: false,
      restoreField: false,
      events: [],
    });
    expect(detector.pending).toBe(false);
  });

  it('handles 10 KB of input in one burst: bounded, reported once as garbled', () => {
    const detector = createBurstDetector();
    const keys = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(65 + (i % 26)));
    const { events, verdicts } = feed(detector, [...keys, 'Enter'], 1, { flush: false });
    expect(events).toEqual([{ type: 'garbled', reason: 'too_long' }]);
    expect(verdicts.filter((v) => v.consume)).toHaveLength(10_240 - 2 + 1);
    // The detector is usable straight after.
    expect(feed(detector, [...chars('OK123'), 'Enter'], 2, { start: 1e7 }).events).toEqual([
      { type: 'scan', code: 'OK123' },
    ]);
  });

  it('accepts a code of exactly maxLength characters', () => {
    const detector = createBurstDetector({ maxLength: 8 });
    expect(feed(detector, [...chars('ABCDEFGH'), 'Enter'], 2).events).toEqual([
      { type: 'scan', code: 'ABCDEFGH' },
    ]);
    expect(feed(detector, [...chars('ABCDEFGHI'), 'Enter'], 2, { start: 1e6 }).events).toEqual([
      { type: 'garbled', reason: 'too_long' },
    ]);
  });

  it("trims only the scanner's ASCII spaces: a no-break space, BOM or U+3000 stays in the code", () => {
    for (const ch of ['\u00a0', '\ufeff', '\u3000', '\u2028', '\u200b']) {
      const detector = createBurstDetector();
      const { events } = feed(detector, [' ', ...chars('ORD-12'), ch, ' ', 'Enter'], 2);
      expect(events, JSON.stringify(ch)).toEqual([{ type: 'scan', code: `ORD-12${ch}` }]);
    }
  });

  it('reset forgets a half-read burst', () => {
    const detector = createBurstDetector();
    feed(detector, chars('HALF'), 2, { flush: false });
    detector.reset();
    expect(detector.pending).toBe(false);
    expect(detector.flush(1e9)).toEqual([]);
  });
});

describe('manual entry', () => {
  it('trims the ASCII whitespace only and keeps every other character for the scan path to refuse', () => {
    expect(normaliseManualCode('  ord-12a\r\n')).toBe('ord-12a');
    expect(normaliseManualCode('\ufeffSKU\u200b KU\t')).toBe('\ufeffSKU\u200b KU');
    expect(normaliseManualCode('A\u001dB')).toBe('A\u001dB');
    expect(normaliseManualCode('ORD1\u00a0')).toBe('ORD1\u00a0');
  });

  it('tells an empty or absurd entry from a real one', () => {
    expect(isSubmittableCode(' \t ')).toBe(false);
    expect(isSubmittableCode('X'.repeat(257))).toBe(false);
    expect(isSubmittableCode('ORD123')).toBe(true);
  });
});
