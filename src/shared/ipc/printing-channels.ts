// Printing's channels: the printers, a test label, and the command-barcode sheet.
import { z } from 'zod';
import type { PrinterView, PrintJobRef } from '../station';
import { channel } from './channel';

export const printingChannels = {
  'printers:list': channel<PrinterView[]>()(z.undefined()),
  'printers:testLabel': channel<PrintJobRef>()(z.undefined()),
  'commands:printSheet': channel<{ path: string; jobId: string | null }>()(z.undefined()),
};
