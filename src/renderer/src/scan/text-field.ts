// Which key targets are text fields, and how to put a field back after a scan's first keys landed in it.
// Typed structurally (not with DOM element classes) so the module also type-checks in the Node test build.

/** The parts of an <input>/<textarea> this module uses. */
interface ValueField {
  tagName: string;
  type?: string;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
  setSelectionRange?: (start: number, end: number) => void;
  dispatchEvent: (event: Event) => boolean;
}

/** Input types a person types text into (a checkbox or button is not a text field). */
const TEXT_INPUT_TYPES = new Set([
  ...['', 'text', 'search', 'email', 'tel', 'url', 'password', 'number'],
  ...['date', 'time', 'datetime-local', 'month', 'week'],
]);

function tagOf(target: unknown): string {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return '';
  return typeof target.tagName === 'string' ? target.tagName.toUpperCase() : '';
}

function asValueField(target: unknown): ValueField | null {
  const tag = tagOf(target);
  if (tag === 'TEXTAREA') return target as ValueField;
  if (tag === 'INPUT') {
    const field = target as ValueField;
    return TEXT_INPUT_TYPES.has((field.type ?? '').toLowerCase()) ? field : null;
  }
  return null;
}

export function isTextField(target: unknown): boolean {
  if (asValueField(target)) return true;
  return typeof target === 'object' && target !== null && 'isContentEditable' in target
    ? target.isContentEditable === true
    : false;
}

export interface FieldSnapshot {
  field: ValueField;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/** The field's state before a key's default action (keydown runs before the character is inserted). */
export function snapshotField(target: unknown): FieldSnapshot | null {
  const field = asValueField(target);
  if (!field) return null;
  return {
    field,
    value: field.value,
    selectionStart: field.selectionStart,
    selectionEnd: field.selectionEnd,
  };
}

/**
 * Puts the field back. The value is set through the element prototype's own setter and an input event
 * follows, so a React-controlled field updates its state too (React ignores plain `.value =` writes).
 */
export function restoreSnapshot(snapshot: FieldSnapshot): void {
  const { field, value, selectionStart, selectionEnd } = snapshot;
  if (field.value === value) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  if (selectionStart !== null && selectionEnd !== null) {
    try {
      field.setSelectionRange?.(selectionStart, selectionEnd);
    } catch {
      // type=number and email fields have no selection: nothing to restore.
    }
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
