// The shift report: past shifts to browse, one shift's report, and the same as CSV or a printed PDF.
import { z } from 'zod';
import type { ShiftReport, ShiftSummary } from '../report';
import type { PrintJobRef } from '../station';
import { channel } from './channel';

/** Which shift: its start instant (from report:shifts); without it the shift running now. */
const which = z.strictObject({ start: z.string().datetime({ offset: true }).optional() });

export const reportChannels = {
  'report:shifts': channel<ShiftSummary[]>()(z.undefined()),
  'report:get': channel<ShiftReport>()(which),
  'report:csv': channel<{ fileName: string; csv: string; path: string }>()(which),
  'report:print': channel<PrintJobRef>()(which),
};
