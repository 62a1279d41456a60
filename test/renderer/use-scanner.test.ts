// @vitest-environment jsdom
import { createElement, useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScanner, type UseScannerOptions } from '../../src/renderer/src/scan/useScanner';

/** The input the tests type into (renderer tests are type-checked with the DOM types). */
type InputLike = HTMLInputElement;

type Rendered = ReturnType<typeof render>;

let clock = 0;
const now = (): number => clock;

/** A screen with a controlled note field (React state mirrors it) and the scanner hook. */
function FlowRig({
  onKey,
  ...props
}: Omit<UseScannerOptions, 'now'> & { onKey?: (key: string) => void }): ReturnType<typeof createElement> {
  const [note, setNote] = useState('');
  useScanner({ ...props, now });
  return createElement(
    'form',
    {
      onSubmit: (e: { preventDefault(): void }) => e.preventDefault(),
      onKeyDown: (e: { key: string }) => onKey?.(e.key),
    },
    createElement('input', {
      'aria-label': 'note',
      value: note,
      onChange: (e: { target: InputLike }) => setNote(e.target.value),
    }),
    createElement('output', { 'aria-label': 'state' }, note),
    createElement('button', { type: 'button' }, 'Cancel order'),
    createElement(
      'select',
      { 'aria-label': 'pickup', defaultValue: 'LATE' },
      createElement('option', { value: 'LATE' }, 'Late'),
      createElement('option', { value: 'MID' }, 'Mid'),
    ),
  );
}

/**
 * Types keys as a browser would: keydown goes to the target, and unless a listener prevented it a
 * printable key inserts its character into the field.
 */
function type(target: InputLike | Rendered, keys: string[], gapMs: number): boolean[] {
  const delivered: boolean[] = [];
  for (const key of keys) {
    const node = 'baseElement' in target ? target.baseElement : target;
    const notPrevented = fireEvent.keyDown(node, { key });
    delivered.push(notPrevented);
    if (notPrevented && !('baseElement' in target) && key.length === 1)
      fireEvent.change(target, { target: { value: target.value + key } });
    clock += gapMs;
  }
  return delivered;
}

const chars = (text: string): string[] => [...text];

describe('useScanner', () => {
  beforeEach(() => {
    clock = 1000;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('takes a scan while a text field has focus without any of it landing in the field', () => {
    const onScan = vi.fn();
    render(createElement(FlowRig, { onScan }));
    const input = screen.getByLabelText('note') as unknown as InputLike;
    input.focus();
    type(input, chars('hi'), 150); // the person's own note, typed slowly
    clock += 500;
    const delivered = type(input, [...chars('ORD123'), 'Enter'], 2);
    expect(onScan).toHaveBeenCalledExactlyOnceWith('ORD123');
    expect(input.value).toBe('hi');
    expect((screen.getByLabelText('state') as unknown as { textContent: string }).textContent).toBe('hi');
    // The Enter never reached the form.
    expect(delivered[delivered.length - 1]).toBe(false);
  });

  it('leaves slow typing in the field alone', () => {
    const onScan = vi.fn();
    render(createElement(FlowRig, { onScan }));
    const input = screen.getByLabelText('note') as unknown as InputLike;
    input.focus();
    const delivered = type(input, [...chars('ORD123'), 'Enter'], 150);
    expect(onScan).not.toHaveBeenCalled();
    expect(input.value).toBe('ORD123');
    expect(delivered.every(Boolean)).toBe(true);
  });

  it('takes a scan with nothing focused, and swallows its Enter so no focused button is pressed', () => {
    const onScan = vi.fn();
    const view = render(createElement(FlowRig, { onScan }));
    const delivered = type(view, [...chars('%%PS-ACK'), 'Enter'], 2);
    expect(onScan).toHaveBeenCalledExactlyOnceWith('%%PS-ACK');
    expect(delivered.slice(2)).toEqual(delivered.slice(2).map(() => false));
  });

  it('keeps scan letters from a focused select, and lets the app still see a person’s keys', () => {
    const onScan = vi.fn();
    const seen: string[] = [];
    render(createElement(FlowRig, { onScan, onKey: (key) => seen.push(key) }));
    const select = screen.getByLabelText('pickup') as unknown as InputLike;
    select.focus();
    // A person: letters lose their typeahead default but still reach the app's handlers; space is untouched.
    expect(type(select, ['m', ' '], 200)).toEqual([false, true]);
    expect(seen).toEqual(['m', ' ']);
    clock += 500;
    const delivered = type(select, [...chars('ORD77'), 'Enter'], 2);
    expect(onScan).toHaveBeenCalledExactlyOnceWith('ORD77');
    expect(delivered.every((d) => !d)).toBe(true);
    // The app saw only the two keys before the burst was recognised.
    expect(seen).toEqual(['m', ' ', 'O', 'R']);
  });

  it('emits a burst without terminator after the pause', () => {
    vi.useFakeTimers();
    const onScan = vi.fn();
    const view = render(createElement(FlowRig, { onScan }));
    type(view, chars('8991234567890'), 2);
    expect(onScan).not.toHaveBeenCalled();
    // Not cut early: the check waits well past the gap (a busy page may still have keys queued).
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onScan).not.toHaveBeenCalled();
    clock += 200;
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onScan).toHaveBeenCalledExactlyOnceWith('8991234567890');
  });

  it('reports garbled input and stops listening when disabled', () => {
    const onScan = vi.fn();
    const onGarbled = vi.fn();
    const view = render(createElement(FlowRig, { onScan, onGarbled, maxLength: 10 }));
    type(view, [...chars('X'.repeat(50)), 'Enter'], 1);
    expect(onGarbled).toHaveBeenCalledExactlyOnceWith('too_long');
    view.rerender(createElement(FlowRig, { onScan, onGarbled, maxLength: 10, enabled: false }));
    clock += 1000;
    const delivered = type(view, [...chars('ORD999'), 'Enter'], 2);
    expect(onScan).not.toHaveBeenCalled();
    expect(delivered.every(Boolean)).toBe(true);
  });
});
