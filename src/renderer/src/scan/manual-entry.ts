// A code typed by hand (the label is torn, the scanner is dead) goes through the same flow as a scan.
// Keep the case as typed: order codes and SKUs are case-sensitive on the API. Keep every character but the
// ASCII whitespace at the ends: a pasted BOM or zero-width space is refused in words by the scan path,
// never silently dropped (dropping it would make `CODE` + U+200B pack `CODE`).
import { SCAN_CODE_MAX_LENGTH, trimScannerWhitespace } from '../../../shared/ipc/scan-code';

/** The code as the station should look it up: the ends' ASCII whitespace trimmed, nothing else changed. */
export function normaliseManualCode(text: string): string {
  return trimScannerWhitespace(text);
}

/** Whether a typed code is worth submitting (non-empty after normalising, not absurdly long). */
export function isSubmittableCode(text: string, maxLength = SCAN_CODE_MAX_LENGTH): boolean {
  const code = normaliseManualCode(text);
  return code.length > 0 && code.length <= maxLength;
}
