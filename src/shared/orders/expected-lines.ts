// What goes in the box, decided once for both sides: the renderer counts the items against it and main
// re-checks the counts (and stops an order with nothing left to pack). Cancelled lines and lines with no
// quantity are left out: they must not go into the box.
import type { ProductLine } from './schemas';

export interface ExpectedLine {
  orderDetailId: number;
  sku: string;
  name: string | null;
  quantity: number;
}

/** The order's lines a packer must put in the box, one per line of the order. */
export function expectedLines(products: readonly ProductLine[]): ExpectedLine[] {
  return products
    .filter((p) => !p.is_cancel && p.quantity > 0)
    .map((p) => ({
      orderDetailId: p.order_detail_id,
      sku: p.sku,
      name: p.product_name,
      quantity: p.quantity,
    }));
}

/** The same, summed per SKU: what a count per SKU is checked against. */
export function expectedPerSku(products: readonly ProductLine[]): Omit<ExpectedLine, 'orderDetailId'>[] {
  const bySku = new Map<string, Omit<ExpectedLine, 'orderDetailId'>>();
  for (const line of expectedLines(products)) {
    const seen = bySku.get(line.sku);
    if (seen) seen.quantity += line.quantity;
    else bySku.set(line.sku, { sku: line.sku, name: line.name, quantity: line.quantity });
  }
  return [...bySku.values()];
}

/**
 * True when the order lists lines but none is left to pack (all cancelled, or no quantity): the scan
 * stops rather than ship an empty box. An order listing no lines at all is taken as lines unknown.
 */
export function nothingToPack(products: readonly ProductLine[]): boolean {
  return products.length > 0 && expectedLines(products).length === 0;
}
