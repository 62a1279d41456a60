// The renderer's key for print-service's label-file refusals: which file ("label for ORD1", "saved label
// for ORD1") becomes printerErrors.<problem>.<form> with the order code as its value.
import type { MessageRef } from '../../shared/errors';

export function labelFileKey(problem: 'fileMissing' | 'notPdf', what: string): MessageRef {
  const saved = /^saved label for (.+)$/.exec(what);
  if (saved) return { key: `printerErrors.${problem}.saved`, values: { code: saved[1] ?? '' } };
  const label = /^label for (.+)$/.exec(what);
  if (label) return { key: `printerErrors.${problem}.label`, values: { code: label[1] ?? '' } };
  return { key: `printerErrors.${problem}.other`, values: { what } };
}
