// React hook: listens to every keydown of the window (capture phase, before any field or handler sees
// it), feeds the burst detector and hands complete scans to `onScan`. Keys of a scan are swallowed so a
// scan never types into whatever field happens to have focus, and never presses a focused button.
import { useEffect, useRef } from 'react';
import {
  createBurstDetector,
  DEFAULT_BURST_OPTIONS,
  type BurstEvent,
  type BurstOptions,
  type GarbledReason,
} from './burst-detector';
import { isTextField, restoreSnapshot, snapshotField, type FieldSnapshot } from './text-field';

/** The parts of a KeyboardEvent the scanner uses. */
export interface ScannerKeyEvent {
  key: string;
  target: unknown;
  isComposing?: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
  stopImmediatePropagation(): void;
  /** When the key was pressed (same time base as performance.now); absent on synthetic test events. */
  timeStamp?: number;
}

type KeyListener = (event: ScannerKeyEvent) => void;

/** Something that dispatches keydown events: the window, or an element in tests. */
export interface ScannerEventSource {
  addEventListener(type: 'keydown', listener: KeyListener, options: { capture: boolean }): void;
  removeEventListener(type: 'keydown', listener: KeyListener, options: { capture: boolean }): void;
}

export interface UseScannerOptions extends Partial<BurstOptions> {
  onScan: (code: string) => void;
  /** A burst too long or too short to be a code: worth an error tone, not an order lookup. */
  onGarbled?: (reason: GarbledReason) => void;
  /** Off while a modal that owns the keyboard is open, for instance. Default on. */
  enabled?: boolean;
  /** Where keys come from; defaults to the window. */
  source?: ScannerEventSource;
  /** Monotonic clock in ms; defaults to performance.now. */
  now?: () => number;
}

function defaultSource(): ScannerEventSource | undefined {
  // Looked up at run time: this module is also compiled for tests that run outside a browser.
  return Reflect.get(globalThis, 'window') as ScannerEventSource | undefined;
}

export function useScanner(options: UseScannerOptions): void {
  const { onScan, onGarbled, enabled = true, source, now } = options;
  const d = DEFAULT_BURST_OPTIONS;
  const maxGapMs = options.maxGapMs ?? d.maxGapMs;
  const minLength = options.minLength ?? d.minLength;
  const prefix = options.prefix ?? d.prefix;
  const emitOnTimeout = options.emitOnTimeout ?? d.emitOnTimeout;
  const maxLength = options.maxLength ?? d.maxLength;
  const terminatorGraceMs = options.terminatorGraceMs ?? d.terminatorGraceMs;
  // Joined so a new array with the same keys on each render does not re-attach the listener.
  const terminatorList = (options.terminators ?? d.terminators).join('\n');

  // Latest callbacks without re-attaching the listener on every render.
  const handlers = useRef({ onScan, onGarbled, now });
  useEffect(() => {
    handlers.current = { onScan, onGarbled, now };
  });

  useEffect(() => {
    const target = source ?? defaultSource();
    if (!enabled || !target) return;
    const detector = createBurstDetector({
      maxGapMs,
      minLength,
      prefix,
      emitOnTimeout,
      maxLength,
      terminatorGraceMs,
      terminators: terminatorList.split('\n'),
    });
    const clock = (): number => (handlers.current.now ?? (() => performance.now()))();
    let snapshot: FieldSnapshot | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const deliver = (events: BurstEvent[]): void => {
      for (const event of events) {
        if (event.type === 'scan') handlers.current.onScan(event.code);
        else handlers.current.onGarbled?.(event.reason);
      }
    };

    const listener = (event: ScannerKeyEvent): void => {
      if (event.isComposing) return;
      // A shortcut (Ctrl+C) is no character; inside a burst it is a control code the scanner sent.
      const key =
        event.ctrlKey || event.metaKey || (event.altKey && event.key.length === 1)
          ? 'Unidentified'
          : event.key;
      const textField = isTextField(event.target);
      // The key's own time, not the handler's: a renderer busy for 50 ms must not split a scan in two.
      const stamp = event.timeStamp;
      const time =
        handlers.current.now === undefined && typeof stamp === 'number' && stamp > 0 ? stamp : clock();
      const verdict = detector.key({ key, time, targetIsTextField: textField });
      if (verdict.started) snapshot = textField ? snapshotField(event.target) : null;
      if (verdict.preventDefault) event.preventDefault();
      if (verdict.consume) event.stopImmediatePropagation();
      if (verdict.restoreField && snapshot) restoreSnapshot(snapshot);
      clearTimeout(timer);
      // A burst without terminator ends after a pause. The check waits well past the gap: a timer due
      // while the page is busy would otherwise run before the burst's queued keys and cut the scan.
      if (detector.pending)
        timer = setTimeout(() => deliver(detector.flush(clock())), Math.max(maxGapMs * 4, 150));
      deliver(verdict.events);
    };

    target.addEventListener('keydown', listener, { capture: true });
    return () => {
      clearTimeout(timer);
      target.removeEventListener('keydown', listener, { capture: true });
    };
  }, [
    enabled,
    source,
    maxGapMs,
    minLength,
    prefix,
    emitOnTimeout,
    maxLength,
    terminatorGraceMs,
    terminatorList,
  ]);
}
