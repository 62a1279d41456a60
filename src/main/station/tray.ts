// The labels-pending tray: labels of orders left behind by a newer scan. They never print by themselves;
// they print when their order is scanned again or the tray is printed on purpose, oldest first.
// Persisted in the data dir so a restart keeps them.
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, SerialWriter } from '../workqueue/atomic-json';

export interface TrayItem {
  orderCode: string;
  scanId: string;
  labelPath: string;
  addedAt: string;
}

/** Oldest first; an order already waiting keeps its place and gets the newer label. Pure. */
export function addToTray(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  const at = items.findIndex((i) => i.orderCode === item.orderCode);
  if (at === -1) return [...items, item];
  return items.map((existing, i) => (i === at ? { ...item, addedAt: existing.addedAt } : existing));
}

export function removeFromTray(items: readonly TrayItem[], orderCode: string): TrayItem[] {
  return items.filter((i) => i.orderCode !== orderCode);
}

const traySchema = z.object({
  items: z.array(
    z.object({ orderCode: z.string(), scanId: z.string(), labelPath: z.string(), addedAt: z.string() }),
  ),
});

export class TrayStore {
  private items: TrayItem[] = [];
  private readonly writer: SerialWriter;
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'station', 'tray.json');
    this.writer = new SerialWriter(this.path);
  }

  async load(): Promise<void> {
    const parsed = traySchema.safeParse(await readJsonFile(this.path));
    this.items = parsed.success ? parsed.data.items : [];
  }

  list(): TrayItem[] {
    return [...this.items];
  }

  get(orderCode: string): TrayItem | null {
    return this.items.find((i) => i.orderCode === orderCode) ?? null;
  }

  async add(item: TrayItem): Promise<void> {
    this.items = addToTray(this.items, item);
    await this.persist();
  }

  async remove(orderCode: string): Promise<void> {
    this.items = removeFromTray(this.items, orderCode);
    await this.persist();
  }

  /** Waits for saves still in flight. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  private persist(): Promise<void> {
    return this.writer.write({ items: this.items });
  }
}
