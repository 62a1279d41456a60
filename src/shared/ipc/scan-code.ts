// A scanned or typed code is exact. The only characters removed are the ASCII whitespace a keyboard-wedge
// scanner sends around a code (space, tab, CR, LF). Any other invisible character (a no-break space, a
// BOM, a zero-width space, U+3000, U+2028, a control code) is refused in words, never dropped: `CODE` +
// U+00A0 must not pack `CODE`. The renderer's scan path and main's channel schema both use this file.
import { z } from 'zod';

/** The scanner's own whitespace at either end of a code: the only thing ever trimmed. */
const SCANNER_WHITESPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Characters nobody sees: controls (Cc), format characters (Cf: zero-width, BOM, bidi marks), separators
 * (Z*: no-break and ideographic spaces, line and paragraph separators), other white space, and the
 * invisible fillers Unicode lists as default-ignorable (Hangul fillers, variation selectors).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;

export const SCAN_CODE_MAX_LENGTH = 256;

export function trimScannerWhitespace(text: string): string {
  return text.replace(SCANNER_WHITESPACE, '');
}

export type ScanCodeProblem =
  | { kind: 'empty' }
  | { kind: 'too_long' }
  /** `char` names the character as U+XXXX so the operator (and support) can tell which one it was. */
  | { kind: 'invisible'; char: string }
  | { kind: 'not_barcode'; char: string };

function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with an already trimmed code, or null when a barcode could carry it. */
export function scanCodeProblem(code: string): ScanCodeProblem | null {
  if (code.length === 0) return { kind: 'empty' };
  if (code.length > SCAN_CODE_MAX_LENGTH) return { kind: 'too_long' };
  for (const ch of code) {
    if (INVISIBLE.test(ch) && ch !== ' ') return { kind: 'invisible', char: codePointName(ch) };
  }
  for (const ch of code) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || cp > 0x7e) return { kind: 'not_barcode', char: codePointName(ch) };
  }
  return null;
}

/** English words and an action for each problem (main's words; the renderer translates by kind). */
export function scanCodeProblemWords(problem: ScanCodeProblem): { message: string; action: string } {
  switch (problem.kind) {
    case 'empty':
      return { message: 'The code is empty.', action: 'Scan the code again.' };
    case 'too_long':
      return {
        message: `The code is longer than ${SCAN_CODE_MAX_LENGTH} characters: no barcode is that long.`,
        action: 'Scan again, one barcode at a time.',
      };
    case 'invisible':
      return {
        message: `The scan had an invisible character (${problem.char}), so it is not an exact code.`,
        action: "Scan again. If it keeps happening, check the scanner's settings (prefix, suffix, encoding).",
      };
    case 'not_barcode':
      return {
        message: `The code has a character a barcode cannot have (${problem.char}).`,
        action: "Scan the order's own barcode, or type the code as printed on the label.",
      };
  }
}

/**
 * The channel schema of a scanned or typed code: ASCII whitespace trimmed, everything else exact. A
 * refusal carries its action in `params.action` so the IPC edge can show words, not "not valid", and the
 * renderer's key for them (`scanProblem.<kind>`, with the character) in `params.key` / `params.values`.
 */
export const scanCodeSchema = z
  .string()
  .overwrite(trimScannerWhitespace)
  .superRefine((code, ctx) => {
    const problem = scanCodeProblem(code);
    if (!problem) return;
    const words = scanCodeProblemWords(problem);
    const values = 'char' in problem ? { char: problem.char } : {};
    ctx.addIssue({
      code: 'custom',
      message: words.message,
      params: { action: words.action, key: `scanProblem.${problem.kind}`, values },
    });
  });
