// The station's own documents, read back: a packing slip's order-code barcode and a manifest's AWB
// barcodes decode (ZXing) to what they stand for; slips merge into one PDF in order, each at its size.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mergePdfs } from '../../src/main/documents/merge';
import { DOCUMENT_PAGE_PT } from '../../src/main/documents/pdf-kit';
import { packingSlipPdf, type SlipOrder } from '../../src/main/documents/slip-pdf';
import { manifestCsv } from '../../src/main/handover/manifest-csv';
import { manifestPdf } from '../../src/main/handover/manifest-pdf';
import { checkBoxes } from '../../src/main/handover/handover-service';
import { decodePdfBarcodes } from './pdf-barcodes';

const slip = (orderCode: string, lines = 3): SlipOrder => ({
  orderCode,
  storeName: 'Toko Offline',
  recipient: { name: 'Abdul', phone: '0897', address: 'Jalan Mangga No. 1', city: 'Jakarta Pusat' },
  courier: 'Dethix Reguler',
  lines: Array.from({ length: lines }, (_, i) => ({
    sku: `SKU-${i}`,
    name: `Item ${i}`,
    quantity: i + 1,
    cancelled: i === 1,
  })),
  notes: ['Titip di security'],
});

const pageSizes = async (bytes: Uint8Array) =>
  (await PDFDocument.load(bytes))
    .getPages()
    .map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);

describe('packing slip', () => {
  it('carries the order code as a barcode that decodes to it, on A6 or A4', async () => {
    for (const media of ['A6', 'A4'] as const) {
      const pdf = await packingSlipPdf(slip('ORD10000123'), media);
      expect(await decodePdfBarcodes(pdf)).toEqual(['ORD10000123']);
      const { w, h } = DOCUMENT_PAGE_PT[media];
      expect(await pageSizes(pdf)).toEqual([[Math.round(w), Math.round(h)]]);
      expect((await PDFDocument.load(pdf)).getTitle()).toBe('Packing slip ORD10000123');
    }
  });

  it('runs onto more pages when the order is long, never dropping a line', async () => {
    const pdf = await packingSlipPdf(slip('ORD-LONG', 60), 'A6');
    expect((await pageSizes(pdf)).length).toBeGreaterThan(1);
  });

  it('merges slips into one PDF, pages in the order given', async () => {
    const parts = await Promise.all([
      packingSlipPdf(slip('ORD-A'), 'A6'),
      packingSlipPdf(slip('ORD-B'), 'A4'),
      packingSlipPdf(slip('ORD-C'), 'A6'),
    ]);
    const merged = await mergePdfs(parts);
    expect(await decodePdfBarcodes(merged)).toEqual(['ORD-A', 'ORD-B', 'ORD-C']);
    const a6 = [Math.round(DOCUMENT_PAGE_PT.A6.w), Math.round(DOCUMENT_PAGE_PT.A6.h)];
    const a4 = [Math.round(DOCUMENT_PAGE_PT.A4.w), Math.round(DOCUMENT_PAGE_PT.A4.h)];
    expect(await pageSizes(merged)).toEqual([a6, a4, a6]);
  });
});

describe('handover manifest', () => {
  const orders = Array.from({ length: 23 }, (_, i) => ({
    orderCode: `ORD${2000 + i}`,
    trackingNumber: `DTX${900000 + i * 7}`,
    shippedAt: `2026-12-03T0${i % 10}:00:00.000Z`,
  }));
  const info = {
    courier: 'Dethix Reguler',
    pickupOption: 'LATE_PICKUP',
    dateText: '3 Dec 2026, 10:00',
    orders,
  };

  it('has each AWB as a barcode that decodes to it, over as many pages as it needs', async () => {
    const pdf = await manifestPdf({ ...info, closedBy: null, reprint: false }, 'A4');
    expect(await decodePdfBarcodes(pdf)).toEqual(orders.map((o) => o.trackingNumber));
    expect((await pageSizes(pdf)).length).toBeGreaterThan(1);
    const small = await manifestPdf({ ...info, closedBy: 'Supervisor at bench-1', reprint: true }, 'A6');
    expect(await decodePdfBarcodes(small)).toEqual(orders.map((o) => o.trackingNumber));
  });

  it('CSV: one row per box, quoted, formulas defused', () => {
    const csv = manifestCsv({
      ...info,
      orders: [...orders.slice(0, 2), { orderCode: '=HYPERLINK("x")', trackingNumber: null, shippedAt: 't' }],
    });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('courier,pickup_option,date,awb,order_code,shipped_at');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toBe(
      `Dethix Reguler,LATE_PICKUP,"3 Dec 2026, 10:00",DTX900000,ORD2000,${orders[0].shippedAt}`,
    );
    expect(rows[3]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('calls out a scanned box not on the list and a listed box not scanned', () => {
    const check = checkBoxes(orders.slice(0, 3), ['dtx900000', 'ORD2001', 'STRAY-1', 'STRAY-1']);
    expect(check).toEqual({ matched: ['ORD2000', 'ORD2001'], missing: ['ORD2002'], unexpected: ['STRAY-1'] });
  });
});

describe('who closed a handover', () => {
  it('names the packer at the bench with the role, or the role alone, and this station', async () => {
    const { closedByOf } = await import('../../src/main/handover/handlers');
    const { hostname } = await import('node:os');
    expect(closedByOf({ host: 'web', supervisor: false }, 'Ani')).toBe(`Ani (packer) at ${hostname()}`);
    expect(closedByOf({ host: 'web', supervisor: true }, 'Budi')).toBe(`Budi (supervisor) at ${hostname()}`);
    expect(closedByOf({ host: 'web', supervisor: true })).toBe(`Supervisor at ${hostname()}`);
  });
});
