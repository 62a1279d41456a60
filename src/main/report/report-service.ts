// The shift report over the pack log: which shifts had work (browsable, newest first), one shift's report,
// its CSV (also kept in <dataDir>/reports) and its PDF printed on the document printer.
import { join } from 'node:path';
import type { PrintJobRef } from '../../shared/station';
import type { ShiftReport, ShiftSummary } from '../../shared/report';
import { writeFileAtomic } from '../files/durable-file';
import type { PackEvent, PackRecord } from '../station/pack-log';
import type { ShiftConfig } from '../station/shift';
import { reportToCsv } from './report-csv';
import { writeReportPdf } from './report-pdf';
import { reportWords } from './report-words';
import { noReturns, type ReturnSource } from './returns';
import { buildShiftReport } from './shift-report';
import { inWindow, shiftWindowAt } from './shift-window';

export interface ReportSource {
  records(): PackRecord[];
  eventList(): PackEvent[];
}

export interface ReportServiceOptions {
  dataDir: string;
  packLog: () => Promise<ReportSource>;
  shift: () => ShiftConfig;
  language: () => string;
  /** Prints an A4 PDF on the station's document printer. */
  printDocument: (file: string, title: string) => Promise<PrintJobRef>;
  /** The returns bench's records (src/main/returns); none until it exists. */
  returns?: ReturnSource;
  now?: () => Date;
}

const KEEP_SHIFTS = 90;

export function createReportService(opts: ReportServiceOptions) {
  const now = opts.now ?? (() => new Date());
  const returns = opts.returns ?? noReturns;

  async function report(start?: string): Promise<ShiftReport> {
    const log = await opts.packLog();
    const at = start ? new Date(start) : now();
    return buildShiftReport({
      window: shiftWindowAt(at, opts.shift()),
      records: log.records(),
      events: log.eventList(),
      returns: await returns(),
      now: now(),
    });
  }

  return {
    report,

    /** The shift running now and every earlier shift with a label, a stop or a return in it. */
    async shifts(): Promise<ShiftSummary[]> {
      const log = await opts.packLog();
      const config = opts.shift();
      const printed = log.records().flatMap((r) => (r.printedAt ? [r.printedAt] : []));
      const instants = [
        now().toISOString(),
        ...printed,
        ...log.eventList().map((e) => e.at),
        ...(await returns()).map((r) => r.at),
      ];
      const windows = new Map<string, ShiftSummary>();
      for (const iso of instants) {
        const w = shiftWindowAt(new Date(iso), config);
        if (!windows.has(w.start)) windows.set(w.start, { ...w, ordersPacked: 0 });
      }
      for (const w of windows.values()) w.ordersPacked = printed.filter((p) => inWindow(p, w)).length;
      return [...windows.values()].sort((a, b) => b.start.localeCompare(a.start)).slice(0, KEEP_SHIFTS);
    },

    async csv(start?: string): Promise<{ fileName: string; csv: string; path: string }> {
      const r = await report(start);
      const csv = reportToCsv(r);
      const fileName = `shift-${fileStamp(r.shift.start)}.csv`;
      const path = join(opts.dataDir, 'reports', fileName);
      await writeFileAtomic(path, csv);
      return { fileName, csv, path };
    },

    async print(start?: string): Promise<PrintJobRef> {
      const r = await report(start);
      const path = join(opts.dataDir, 'reports', `shift-${fileStamp(r.shift.start)}.pdf`);
      await writeReportPdf(r, path, reportWords(opts.language()));
      return opts.printDocument(path, `shift report ${r.shift.start}`);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;

function fileStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}
