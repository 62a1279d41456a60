// The report service as the composition root builds it: the pack flow's log, Settings' time zone, shift
// starts and language, the document printer, and the returns bench's records when it exists.
import type { PackingServices } from '../packing/compose-packing';
import type { SettingsService } from '../settings/settings-service';
import { createReportService, type ReportService } from './report-service';
import type { ReturnSource } from './returns';

export function openReport(opts: {
  dataDir: string;
  settings: Pick<SettingsService, 'current'>;
  packing: Pick<PackingServices, 'flow' | 'printDocument'>;
  returns?: ReturnSource;
}): ReportService {
  const { settings, packing } = opts;
  return createReportService({
    dataDir: opts.dataDir,
    packLog: async () => (await packing.flow()).packLog(),
    shift: () => ({ timeZone: settings.current().timeZone, starts: settings.current().shiftStarts }),
    language: () => settings.current().language,
    printDocument: (file, title) => packing.printDocument(file, title),
    ...(opts.returns ? { returns: opts.returns } : {}),
  });
}
