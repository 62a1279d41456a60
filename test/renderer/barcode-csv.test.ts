import { describe, expect, it } from 'vitest';
import { parseBarcodeCsv } from '../../src/renderer/src/verify/barcode-csv';

describe('barcode CSV import', () => {
  it('reads a header, CRLF line ends and a BOM', () => {
    const { map, errors } = parseBarcodeCsv('\ufeffbarcode,sku\r\n8991,SKU-1\r\n8992,SKU-2\r\n');
    expect([...map]).toEqual([
      ['8991', 'SKU-1'],
      ['8992', 'SKU-2'],
    ]);
    expect(errors).toEqual([]);
  });

  it('follows the header when the columns are swapped', () => {
    const { map } = parseBarcodeCsv('SKU,Barcode\nSKU-1,8991\n');
    expect(map.get('8991')).toBe('SKU-1');
  });

  it('takes barcode then SKU when there is no header', () => {
    const { map } = parseBarcodeCsv('8991,SKU-1\n8992,SKU-2');
    expect(map.get('8992')).toBe('SKU-2');
    expect(map.size).toBe(2);
  });

  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'barcode,sku\n"8991","SKU, ""big"""\n"89\n92",X\n8993,SKU KU\n8994,\n';
    const { map, errors } = parseBarcodeCsv(text);
    expect(map.get('8991')).toBe('SKU, "big"');
    expect(map.get('89\n92')).toBe('X');
    expect(map.get('8993')).toBe('SKU KU');
    // Rows after a multi-line field are still reported at their own line in the file.
    expect(errors).toMatchObject([{ line: 6, kind: 'missing_field', barcode: '8994' }]);
  });

  it('reports duplicates and conflicts by line and keeps the first mapping', () => {
    const { map, errors } = parseBarcodeCsv('barcode,sku\n8991,A\n8991,A\n8991,B\n');
    expect(map.get('8991')).toBe('A');
    expect(errors).toEqual([
      { line: 3, kind: 'duplicate', barcode: '8991', message: 'barcode 8991 is listed twice' },
      {
        line: 4,
        kind: 'conflict',
        barcode: '8991',
        message: 'barcode 8991 already belongs to another SKU; the first one is kept',
      },
    ]);
  });

  it('reports rows missing a field and skips blank lines', () => {
    const { map, errors } = parseBarcodeCsv('barcode,sku\n\n8991,\n,SKU-2\n  \n8993,C\n');
    expect([...map]).toEqual([['8993', 'C']]);
    expect(errors).toMatchObject([
      { line: 3, kind: 'missing_field', barcode: '8991' },
      { line: 4, kind: 'missing_field' },
    ]);
    expect(errors[1]).not.toHaveProperty('barcode');
  });

  it('reads semicolon files from spreadsheets in an Indonesian locale', () => {
    const { map } = parseBarcodeCsv('barcode;sku\n8991;SKU-1\n');
    expect(map.get('8991')).toBe('SKU-1');
  });

  it('reports an unterminated quote instead of swallowing the rest of the file silently', () => {
    const { map, errors } = parseBarcodeCsv('barcode,sku\n8991,A\n"8992,B\n8993,C\n');
    expect(map.get('8991')).toBe('A');
    expect(errors).toEqual([
      { line: 3, kind: 'unterminated_quote', message: 'a quote is opened and never closed' },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseBarcodeCsv('')).toEqual({ map: new Map(), errors: [] });
  });
});
