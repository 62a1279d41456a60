// The report service as the composition root builds it: the pack flow's log, Settings' time zone, shift
// starts and language, the document printer, and the returns bench's records when it exists.
import type { PackingServices } from '../packing/compose-packing';
import type { PrintJob } from '../printing/types';
import type { SettingsService } from '../settings/settings-service';
import { createReportService, type ReportService } from './report-service';
import type { ReturnSource } from './returns';

export function openReport(opts: {
  dataDir: string;
  settings: Pick<SettingsService, 'current'>;
  flow: PackingServices['flow'];
  /** An A4 document on the station's document printer. */
  printDocument(file: string, title: string): Promise<PrintJob>;
  returns?: ReturnSource;
}): ReportService {
  const { settings } = opts;
  return createReportService({
    dataDir: opts.dataDir,
    packLog: async () => (await opts.flow()).packLog(),
    shift: () => ({ timeZone: settings.current().timeZone, starts: settings.current().shiftStarts }),
    language: () => settings.current().language,
    printDocument: (file, title) => opts.printDocument(file, title),
    ...(opts.returns ? { returns: opts.returns } : {}),
  });
}
