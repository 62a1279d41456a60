// Packing slips: one order's slip, many merged into one job (a batch calls slipsPdf), and the slip that
// goes with every label when Settings asks for it. Always on the document printer.
import type { OrderDetail } from '../../shared/orders';
import type { DocumentMedia } from '../../shared/ipc/settings';
import { StationError } from '../errors/station-error';
import type { PrintJob } from '../printing/types';
import type { DocumentPrinter } from './document-printer';
import { mergePdfs } from './merge';
import { packingSlipPdf, slipOf } from './slip-pdf';

export interface SlipsDeps {
  /** The order's detail: from the work queue, else the API. */
  detail(orderCode: string): Promise<OrderDetail>;
  printer: DocumentPrinter;
  media(): DocumentMedia;
}

export interface SlipsPdf {
  pdf: Uint8Array | null;
  /** In the order given. */
  included: string[];
  /** Orders whose slip could not be made (no detail), with why. Never replaced by another's. */
  missing: { orderCode: string; reason: string }[];
}

export interface Slips {
  /** The slips of many orders merged into one PDF, pages in the order given. */
  slipsPdf(orderCodes: readonly string[]): Promise<SlipsPdf>;
  printSlip(orderCode: string): Promise<PrintJob>;
  printSlips(orderCodes: readonly string[]): Promise<{ job: PrintJob | null } & Omit<SlipsPdf, 'pdf'>>;
}

export function createSlips(deps: SlipsDeps): Slips {
  async function slipsPdf(orderCodes: readonly string[]): Promise<SlipsPdf> {
    const media = deps.media();
    const parts: Uint8Array[] = [];
    const included: string[] = [];
    const missing: SlipsPdf['missing'] = [];
    for (const code of orderCodes) {
      try {
        parts.push(await packingSlipPdf(slipOf(await deps.detail(code)), media));
        included.push(code);
      } catch (err) {
        missing.push({ orderCode: code, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    const pdf = parts.length ? await mergePdfs(parts, `Packing slips (${parts.length})`) : null;
    return { pdf, included, missing };
  }

  return {
    slipsPdf,
    async printSlip(orderCode) {
      const pdf = await packingSlipPdf(slipOf(await deps.detail(orderCode)), deps.media());
      return deps.printer.print(pdf, `slip-${orderCode}`);
    },
    async printSlips(orderCodes) {
      const { pdf, included, missing } = await slipsPdf(orderCodes);
      if (!pdf) {
        const list = missing.map((m) => `${m.orderCode} (${m.reason})`).join('; ');
        throw new StationError({
          kind: 'not_found',
          step: 'print',
          message: `No packing slip could be made: ${list}`,
          key: { key: 'benchErrors.noSlip', values: { list } },
        });
      }
      const job = await deps.printer.print(pdf, `slips-${included.length}-${Date.now()}`);
      return { job, included, missing };
    },
  };
}
