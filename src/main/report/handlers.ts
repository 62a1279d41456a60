// The report channels (src/shared/ipc/report-channels.ts).
import type { HandlersFor } from '../ipc/handlers';
import type { ReportService } from './report-service';

type ReportChannel = 'report:shifts' | 'report:get' | 'report:csv' | 'report:print';

export function reportHandlers(deps: { report: ReportService }): HandlersFor<ReportChannel> {
  const { report } = deps;
  return {
    'report:shifts': () => report.shifts(),
    'report:get': ({ start }) => report.report(start),
    'report:csv': ({ start }) => report.csv(start),
    'report:print': ({ start }) => report.print(start),
  };
}
