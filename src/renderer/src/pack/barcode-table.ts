// Product barcode → SKU table imported from a CSV in Settings; kept in localStorage on this station.
import type { BarcodeMap } from '../verify/verification';

const STORAGE_KEY = 'packing.barcodes';
let cache: Map<string, string> | null = null;

export function barcodeMap(): BarcodeMap {
  if (cache) return cache;
  cache = new Map();
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) for (const [barcode, sku] of JSON.parse(raw) as [string, string][]) cache.set(barcode, sku);
  } catch {
    // A damaged table is ignored: items still match by SKU, and Settings shows the count as 0.
  }
  return cache;
}

export function saveBarcodeMap(map: ReadonlyMap<string, string>): void {
  cache = new Map(map);
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...map.entries()]));
}
