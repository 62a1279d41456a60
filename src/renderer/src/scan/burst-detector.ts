// Tells a keyboard-wedge barcode scanner apart from a person typing. A scanner "types" a whole code in a
// few milliseconds and usually ends it with Enter or Tab; a person leaves 100 ms or more between keys.
// Pure state machine: the caller feeds key events with their time and gets back what to do with each key
// (let it through, or swallow it because it belongs to a scan) and the scans that completed.
import { trimScannerWhitespace } from '../../../shared/ipc/scan-code';

export interface KeyInput {
  /** KeyboardEvent.key: one character, or a named key such as 'Enter', 'Shift', 'Unidentified'. */
  key: string;
  /** Milliseconds on a monotonic clock (performance.now()). */
  time: number;
  /** The key went to an editable field (input, textarea, contenteditable). */
  targetIsTextField: boolean;
}

export type GarbledReason = 'too_long' | 'too_short';

export type BurstEvent = { type: 'scan'; code: string } | { type: 'garbled'; reason: GarbledReason };

export interface BurstOptions {
  /** Longest pause between two keys of one scan. */
  maxGapMs: number;
  /** Fewest characters of a scan (after the prefix is removed); also how many fast keys prove a burst. */
  minLength: number;
  /** Keys that end a scan. */
  terminators: readonly string[];
  /** Characters the scanner is configured to send first (e.g. ']' or '~'); removed from the code. */
  prefix: string;
  /** Emit a burst that stops without a terminator (a scanner configured with no suffix). */
  emitOnTimeout: boolean;
  /** Longer bursts are reported as garbled (a jammed trigger, a stuck key, a pasted novel). */
  maxLength: number;
  /** A terminator this soon after the last key of a burst that ended by timeout belongs to it: swallowed. */
  terminatorGraceMs: number;
}

export const DEFAULT_BURST_OPTIONS: Readonly<BurstOptions> = {
  maxGapMs: 35,
  minLength: 3,
  terminators: ['Enter', 'Tab'],
  prefix: '',
  emitOnTimeout: true,
  maxLength: 256,
  terminatorGraceMs: 100,
};

export interface KeyVerdict {
  /** This key began a new possible burst: the caller may note the state of the field it went to. */
  started: boolean;
  /** The key belongs to a scan: the caller should preventDefault and stop it reaching the page. */
  consume: boolean;
  /**
   * The key's browser default should not run, though handlers may still see it: a letter outside a text
   * field does nothing useful, but the first letters of a scan would otherwise typeahead-select an option
   * of a focused <select>. True whenever `consume` is.
   */
  preventDefault: boolean;
  /**
   * The burst was just recognised and its first keys had already reached a text field: the caller should
   * put that field back the way it was before the burst started.
   */
  restoreField: boolean;
  events: BurstEvent[];
}

export interface BurstDetector {
  key(input: KeyInput): KeyVerdict;
  /** Call after maxGapMs of silence: ends a burst that had no terminator. */
  flush(now: number): BurstEvent[];
  /** True while keys are being collected (the caller should schedule a flush). */
  readonly pending: boolean;
  reset(): void;
}

/** Keys a scanner presses around characters (Shift for capitals): they neither add nor break anything. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

/** One visible character (a control character like GS arrives as a single char below U+0020). */
function isPrintable(key: string): boolean {
  if ([...key].length !== 1) return false;
  const code = key.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
}

/** The control character a key stands for: itself (U+0000-U+001F, DEL, C1), or SUB for 'Unidentified'. */
function controlCharOf(key: string, inBurst: boolean): string | null {
  if (inBurst && key === 'Unidentified') return '\u001a';
  if ([...key].length !== 1) return null;
  const code = key.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) ? key : null;
}

export function createBurstDetector(options: Partial<BurstOptions> = {}): BurstDetector {
  const opts: BurstOptions = { ...DEFAULT_BURST_OPTIONS, ...options };
  const maxLength = Math.max(opts.maxLength, opts.minLength + opts.prefix.length);

  // The burst being collected. `chars` stops growing at maxLength; `length` keeps counting.
  let chars: string[] = [];
  let length = 0;
  let lastTime = -Infinity;
  let startedInTextField = false;
  /** Enough fast keys arrived: this is a scanner, its keys are swallowed from now on. */
  let confirmed = false;
  /** Last key of a burst that ended by timeout, so a late terminator can be swallowed with it. */
  let timedOutAt = -Infinity;

  function clear(): void {
    chars = [];
    length = 0;
    confirmed = false;
    startedInTextField = false;
  }

  /** What a finished burst amounts to. */
  function finish(): BurstEvent[] {
    const wasConfirmed = confirmed;
    const overflow = length > maxLength;
    let code = chars.join('');
    clear();
    if (!wasConfirmed) return [];
    if (overflow) return [{ type: 'garbled', reason: 'too_long' }];
    if (opts.prefix && code.startsWith(opts.prefix)) code = code.slice(opts.prefix.length);
    // Only the scanner's ASCII whitespace: a no-break space or BOM stays, for main to refuse in words.
    code = trimScannerWhitespace(code);
    if (code.length < opts.minLength) return [{ type: 'garbled', reason: 'too_short' }];
    return [{ type: 'scan', code }];
  }

  function timedOut(now: number): boolean {
    return length > 0 && now - lastTime > opts.maxGapMs;
  }

  function endByTimeout(): BurstEvent[] {
    const wasConfirmed = confirmed;
    const events = finish();
    if (wasConfirmed) timedOutAt = lastTime;
    return opts.emitOnTimeout ? events : events.filter((e) => e.type === 'garbled');
  }

  const verdict = (consume: boolean, events: BurstEvent[], extra: Partial<KeyVerdict> = {}): KeyVerdict => ({
    started: false,
    consume,
    preventDefault: consume,
    restoreField: false,
    events,
    ...extra,
  });
  const pass = (events: BurstEvent[] = []): KeyVerdict => verdict(false, events);

  return {
    get pending() {
      return length > 0;
    },

    key({ key, time, targetIsTextField }: KeyInput): KeyVerdict {
      if (MODIFIER_KEYS.has(key)) return pass();
      // A pause longer than a scanner ever makes ends whatever was being collected.
      const events = timedOut(time) ? endByTimeout() : [];

      if (opts.terminators.includes(key)) {
        if (confirmed) {
          lastTime = time;
          return verdict(true, [...events, ...finish()]);
        }
        const late = length === 0 && time - timedOutAt <= opts.terminatorGraceMs;
        clear();
        timedOutAt = -Infinity;
        return verdict(late, events);
      }

      // A control character the scanner sent (GS, NUL; 'Unidentified' inside a burst) is kept in the code,
      // so the scan is refused in words ("an invisible character"): dropping it would turn `CODE`+GS into
      // `CODE`. Backspace, arrows and other named keys are a person's: left alone.
      const control = controlCharOf(key, length > 0);
      if (!isPrintable(key) && control === null) {
        if (length > 0) {
          lastTime = time;
          return verdict(confirmed, events);
        }
        return pass(events);
      }
      if (control !== null) key = control;

      const started = length === 0;
      if (started) startedInTextField = targetIsTextField;
      if (length < maxLength) chars.push(key);
      length += 1;
      lastTime = time;
      timedOutAt = -Infinity;
      if (confirmed) return verdict(true, events);
      if (length >= opts.minLength) {
        // minLength keys each within maxGapMs of the last: no person types like that.
        confirmed = true;
        return verdict(true, events, { started, restoreField: startedInTextField });
      }
      // Space stays a person's key outside text fields: it presses the focused button.
      return verdict(false, events, { started, preventDefault: !targetIsTextField && key !== ' ' });
    },

    flush(now: number): BurstEvent[] {
      return timedOut(now) ? endByTimeout() : [];
    },

    reset(): void {
      clear();
      lastTime = -Infinity;
      timedOutAt = -Infinity;
    },
  };
}
