// The batch's failures as CSV: every order that was not packed, or whose label was left out or that did not
// ship, with its reason and request_id. Cells are quoted, and a leading = + - @ is neutralised so a
// spreadsheet never runs a formula from an API's words.
import type { BatchView } from '../../shared/batches/types';

function cell(value: string | null): string {
  const v = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function failuresCsv(view: BatchView): { fileName: string; csv: string } {
  const rows = [['order_code', 'state', 'reason', 'request_id', 'label', 'shipped']];
  for (const o of view.orders) {
    const failed = o.state !== 'packed' || o.label === 'failed' || o.shipError !== null;
    if (!failed) continue;
    const reason = o.reason ?? o.labelReason ?? o.shipError;
    rows.push([o.orderCode, o.state, reason ?? '', o.requestId ?? '', o.label, o.shipped ? 'yes' : 'no']);
  }
  return {
    fileName: `batch-${view.id}-failures.csv`,
    csv: rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n',
  };
}
