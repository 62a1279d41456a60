// Imports the local barcode → SKU table from a CSV a supervisor exports from a spreadsheet. Products
// often carry a manufacturer's EAN instead of the shop's SKU; this table lets verification accept both.
// Lenient about what spreadsheets produce (header or not, quotes, CRLF, BOM, ';' from Indonesian-locale
// Excel) and strict about what would mislead a packer: duplicates and conflicts are reported by line.

export type CsvErrorKind =
  | 'duplicate' // same barcode → same SKU again: harmless, but the file has a mistake
  | 'conflict' // same barcode → a different SKU: the first one is kept
  | 'missing_field' // a row without a barcode or a SKU
  | 'unterminated_quote'; // a quoted field that never closes

export interface CsvError {
  /** 1-based line in the file where the row starts. */
  line: number;
  kind: CsvErrorKind;
  barcode?: string;
  /** The problem in plain English; screens translate `settings.csv.<kind>` with line and barcode instead. */
  message: string;
}

const MESSAGES: Record<CsvErrorKind, (barcode: string) => string> = {
  duplicate: (b) => `barcode ${b} is listed twice`,
  conflict: (b) => `barcode ${b} already belongs to another SKU; the first one is kept`,
  missing_field: () => 'barcode or SKU is empty',
  unterminated_quote: () => 'a quote is opened and never closed',
};

function csvError(line: number, kind: CsvErrorKind, barcode?: string): CsvError {
  return { line, kind, ...(barcode ? { barcode } : {}), message: MESSAGES[kind](barcode ?? '') };
}

export interface BarcodeCsvResult {
  map: Map<string, string>;
  errors: CsvError[];
}

interface Row {
  line: number;
  cells: string[];
}

/** RFC 4180 rows: quoted fields may hold the delimiter, doubled quotes and line breaks. */
function parseRows(text: string, delimiter: string): { rows: Row[]; unterminatedAt: number | null } {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) return { rows, unterminatedAt: quoteLine };
  cells.push(cell);
  rows.push({ line: rowLine, cells });
  return { rows, unterminatedAt: null };
}

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

export function parseBarcodeCsv(text: string): BarcodeCsvResult {
  const clean = text.replace(/^\ufeff/, '');
  const { rows, unterminatedAt } = parseRows(clean, guessDelimiter(clean));
  const errors: CsvError[] = [];
  const map = new Map<string, string>();
  const content = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));

  // A header names the columns (in any order); without one, barcode comes first and SKU second.
  let barcodeCol = 0;
  let skuCol = 1;
  const header = content[0]?.cells.map((c) => c.trim().toLowerCase());
  if (header && header.includes('barcode') && header.includes('sku')) {
    barcodeCol = header.indexOf('barcode');
    skuCol = header.indexOf('sku');
    content.shift();
  }

  for (const { line, cells } of content) {
    const barcode = (cells[barcodeCol] ?? '').trim();
    const sku = (cells[skuCol] ?? '').trim();
    if (!barcode || !sku) {
      errors.push(csvError(line, 'missing_field', barcode));
      continue;
    }
    const known = map.get(barcode);
    if (known === undefined) map.set(barcode, sku);
    else errors.push(csvError(line, known === sku ? 'duplicate' : 'conflict', barcode));
  }
  if (unterminatedAt !== null) errors.push(csvError(unterminatedAt, 'unterminated_quote'));
  return { map, errors };
}
