// The shift report as CSV (RFC 4180: comma, CRLF, quotes doubled), one line per report row; "by kind"
// columns read "kind=count;kind=count". rowsFromCsv reads the file back into the same rows.
import { REPORT_CSV_COLUMNS, type ReportRow, type ShiftReport } from '../../shared/report';

type Column = (typeof REPORT_CSV_COLUMNS)[number];

/** The bench row's packer_id: the sum of every order of the shift. */
export const BENCH_ID = '*';

export function reportToCsv(report: ShiftReport): string {
  const lines = [REPORT_CSV_COLUMNS.join(',')];
  for (const row of report.rows) {
    const cells: Record<Column, string> = {
      shift_start: report.shift.start,
      shift_end: report.shift.end,
      time_zone: report.shift.timeZone,
      packer_id: row.packer?.id ?? BENCH_ID,
      packer_name: row.packer?.name ?? '',
      orders_packed: String(row.ordersPacked),
      orders_per_hour: String(row.ordersPerHour),
      median_seconds: row.medianSeconds === null ? '' : String(row.medianSeconds),
      p90_seconds: row.p90Seconds === null ? '' : String(row.p90Seconds),
      stops: byKind(row.stops),
      errors: byKind(row.errors),
      reprints: String(row.reprints),
      labels_by_courier: byKind(row.labelsByCourier),
      returns: String(row.returns),
    };
    lines.push(REPORT_CSV_COLUMNS.map((c) => quote(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The report rows a CSV written by reportToCsv holds. */
export function rowsFromCsv(text: string): ReportRow[] {
  const [header, ...lines] = parseCsv(text);
  if (!header || header.join(',') !== REPORT_CSV_COLUMNS.join(',')) throw new Error('not a shift report CSV');
  return lines.map((cells) => {
    const get = (c: Column): string => unguard(cells[REPORT_CSV_COLUMNS.indexOf(c)] ?? '');
    const id = get('packer_id');
    return {
      packer: id === BENCH_ID ? null : { id, name: get('packer_name') },
      ordersPacked: Number(get('orders_packed')),
      ordersPerHour: Number(get('orders_per_hour')),
      medianSeconds: get('median_seconds') === '' ? null : Number(get('median_seconds')),
      p90Seconds: get('p90_seconds') === '' ? null : Number(get('p90_seconds')),
      stops: kinds(get('stops')),
      errors: kinds(get('errors')),
      reprints: Number(get('reprints')),
      labelsByCourier: kinds(get('labels_by_courier')),
      returns: Number(get('returns')),
    };
  });
}

/** Cells of an RFC 4180 text (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Undoes quote()'s formula guard. */
function unguard(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function byKind(counts: Record<string, number>): string {
  return Object.keys(counts)
    .sort()
    .map((k) => `${k}=${counts[k]}`)
    .join(';');
}

function kinds(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!text) return out;
  for (const part of text.split(';')) {
    const at = part.lastIndexOf('=');
    out[part.slice(0, at)] = Number(part.slice(at + 1));
  }
  return out;
}

/** Quoted when needed; a cell starting with = + - @ gets a leading quote so a spreadsheet never runs it. */
function quote(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
