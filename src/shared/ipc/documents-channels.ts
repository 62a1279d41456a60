// Documents on the document printer: its test page and packing slips (one, or many as one job).
import { z } from 'zod';
import type { PrintJobRef } from '../station';
import { channel, scanCodeSchema as code } from './channel';

export interface SlipsPrintView {
  job: PrintJobRef;
  printed: string[];
  missing: { orderCode: string; reason: string }[];
}

export const documentsChannels = {
  'documents:testPage': channel<PrintJobRef>()(z.undefined()),
  'documents:printSlip': channel<PrintJobRef>()(z.strictObject({ orderCode: code })),
  'documents:printSlips': channel<SlipsPrintView>()(
    z.strictObject({ orderCodes: z.array(code).min(1).max(500) }),
  ),
};
