// The shift report as an A4 PDF (pdf-lib), in the station's language and time zone, for the document printer.
import type { ReportRow, ShiftReport } from '../../shared/report';
import { writeFileAtomic } from '../files/durable-file';
import { pdfLib } from '../pdf/lazy-libs';
import { NO_PACKER } from './shift-report';
import type { ReportWords } from './report-words';

const A4: [number, number] = [595.28, 841.89];
const COLS = [40, 200, 260, 320, 390, 450, 515];

export async function writeReportPdf(report: ShiftReport, path: string, words: ReportWords): Promise<string> {
  const { PDFDocument, StandardFonts } = await pdfLib();
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage(A4);
  let y = 800;
  const line = (text: string, x = 40, size = 10, f = font): void => {
    if (y < 50) {
      page = doc.addPage(A4);
      y = 800;
    }
    page.drawText(ascii(text), { x, y, size, font: f });
  };
  const next = (gap = 14): void => {
    y -= gap;
  };

  line(words.title, 40, 18, bold);
  next(22);
  const when = `${local(report.shift.start, report.shift.timeZone)} - ${local(report.shift.end, report.shift.timeZone)}`;
  line(`${words.shift}: ${when} (${report.shift.timeZone}) ${report.running ? words.running : ''}`);
  next(24);
  words.headers.forEach((h, i) => line(h, COLS[i], 10, bold));
  next();
  for (const row of report.rows) {
    const cells = [
      nameOf(row, words),
      String(row.ordersPacked),
      row.ordersPerHour.toFixed(1),
      row.medianSeconds === null ? '-' : row.medianSeconds.toFixed(1),
      row.p90Seconds === null ? '-' : row.p90Seconds.toFixed(1),
      String(row.reprints),
      String(row.returns),
    ];
    cells.forEach((c, i) => line(c, COLS[i], 10, row.packer ? font : bold));
    next();
    line(`${words.stops}: ${kinds(row.stops, words)}   ${words.errors}: ${kinds(row.errors, words)}`, 60, 8);
    next(11);
    line(`${words.couriers}: ${kinds(row.labelsByCourier, words)}`, 60, 8);
    next(16);
  }
  next(10);
  line(words.slowest, 40, 12, bold);
  next();
  if (!report.slowestSteps.length) line(words.none);
  for (const s of report.slowestSteps) {
    line(`${s.orderCode}  ${s.step}  ${(s.ms / 1000).toFixed(1)} s  ${s.packer?.name ?? words.noPacker}`);
    next();
  }
  await writeFileAtomic(path, await doc.save());
  return path;
}

function nameOf(row: ReportRow, words: ReportWords): string {
  if (!row.packer) return words.bench;
  return row.packer.id === NO_PACKER.id ? words.noPacker : row.packer.name;
}

function kinds(counts: Record<string, number>, words: ReportWords): string {
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(', ') : words.none;
}

function local(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The standard fonts encode WinAnsi only: anything else prints as '?'. */
function ascii(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');
}
