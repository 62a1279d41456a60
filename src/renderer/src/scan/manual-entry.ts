// A code typed by hand (the label is torn, the scanner is dead) goes through the same flow as a scan.
// Keep the case as typed: order codes and SKUs are case-sensitive on the API.

// C0 and C1 control characters, DEL, and zero-width/BOM characters that ride along in copy-paste.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/** The code as the station should look it up: control characters removed, ends trimmed, case kept. */
export function normaliseManualCode(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

/** Whether a typed code is worth submitting (non-empty after normalising, not absurdly long). */
export function isSubmittableCode(text: string, maxLength = 256): boolean {
  const code = normaliseManualCode(text);
  return code.length > 0 && code.length <= maxLength;
}
