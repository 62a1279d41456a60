// The shift report's pure parts: shift windows in other zones, per-packer numbers from pack-log records,
// and the CSV reading back into the same rows (names with commas, quotes and formula characters too).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeReportPdf } from '../../src/main/report/report-pdf';
import { reportWords } from '../../src/main/report/report-words';
import { parseCsv, reportToCsv, rowsFromCsv } from '../../src/main/report/report-csv';
import { buildShiftReport, NO_PACKER } from '../../src/main/report/shift-report';
import { shiftWindowAt } from '../../src/main/report/shift-window';
import type { PackEvent, PackRecord } from '../../src/main/station/pack-log';

const SAO_PAULO = { timeZone: 'America/Sao_Paulo', starts: ['06:00', '14:00', '22:00'] };
const window = shiftWindowAt(new Date('2026-05-02T03:00:00Z'), SAO_PAULO); // 00:00 local, UTC-3

const ana = { id: 'a', name: 'Ana, "the fast"' };
const eve = { id: 'e', name: '=SUM(A1)' };

function rec(
  code: string,
  printedAt: string,
  seconds: number | null,
  packer = ana,
  courier = 'JNE',
): PackRecord {
  return {
    orderCode: code,
    scanId: code,
    packedAt: printedAt,
    printedAt,
    durationMs: seconds === null ? null : seconds * 1000,
    jobId: 'j',
    packer,
    courier,
    steps: { resolve: 100, print: seconds === null ? 0 : seconds * 500 },
  };
}

describe('shift windows', () => {
  it('the night shift crosses midnight in São Paulo: 22:00 to 06:00 local', () => {
    expect(window).toEqual({
      start: '2026-05-02T01:00:00.000Z',
      end: '2026-05-02T09:00:00.000Z',
      timeZone: 'America/Sao_Paulo',
    });
  });
});

describe('the shift report', () => {
  const records = [
    rec('O1', '2026-05-02T01:30:00Z', 40),
    rec('O2', '2026-05-02T02:00:00Z', 20),
    rec('O3', '2026-05-02T03:10:00Z', 30, eve, 'SiCepat'),
    rec('O4', '2026-05-02T08:59:59Z', null, eve),
    rec('BEFORE', '2026-05-02T00:59:59Z', 10),
    rec('AFTER', '2026-05-02T09:00:00Z', 10),
  ];
  const events: PackEvent[] = [
    { at: '2026-05-02T02:10:00Z', kind: 'stop', orderCode: 'X', reason: 'cancelled', packer: ana },
    { at: '2026-05-02T02:11:00Z', kind: 'error', orderCode: 'Y', reason: 'printer', packer: eve },
    { at: '2026-05-02T02:12:00Z', kind: 'reprint', orderCode: 'O1', reason: 'reprint', packer: null },
  ];
  const report = buildShiftReport({
    window,
    records,
    events,
    returns: [{ orderCode: 'R1', at: '2026-05-02T04:00:00Z', packer: eve, reason: 'damaged' }],
    now: new Date('2026-05-02T10:00:00Z'),
  });

  it('splits orders by packer, within the window only', () => {
    expect(report.running).toBe(false);
    expect(report.rows.map((r) => [r.packer?.id ?? 'bench', r.ordersPacked])).toEqual([
      ['bench', 4],
      ['e', 2],
      ['a', 2],
      [NO_PACKER.id, 0],
    ]);
    const bench = report.rows[0];
    expect(bench).toMatchObject({
      ordersPerHour: 0.5, // 4 orders in the 8-hour shift
      medianSeconds: 30,
      p90Seconds: 40,
      stops: { cancelled: 1 },
      errors: { printer: 1 },
      reprints: 1,
      labelsByCourier: { JNE: 3, SiCepat: 1 },
      returns: 1,
    });
    expect(report.rows[1]).toMatchObject({
      medianSeconds: 30,
      p90Seconds: 30,
      returns: 1,
      errors: { printer: 1 },
    });
    expect(report.slowestSteps[0]).toEqual({ orderCode: 'O1', step: 'print', ms: 20_000, packer: ana });
  });

  it('writes a CSV that reads back into the same rows', () => {
    const csv = reportToCsv(report);
    expect(parseCsv(csv)[0][0]).toBe('shift_start');
    expect(csv).toContain(`"'=SUM(A1)"`); // never a formula in a spreadsheet
    expect(rowsFromCsv(csv)).toEqual(report.rows);
  });

  it('prints as an A4 PDF in the station’s language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-pdf-'));
    try {
      const path = await writeReportPdf(report, join(dir, 'r.pdf'), reportWords('id'));
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
