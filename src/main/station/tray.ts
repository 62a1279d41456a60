// The labels-pending tray: labels of orders left behind by a newer scan, and orders packed offline whose
// label waits to be fetched. They never print by themselves; they print when their order is scanned again
// or the tray is printed on purpose, oldest first. Persisted in the data dir so a restart keeps them.
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, SerialWriter } from '../files/durable-file';

export type TrayItem =
  | { orderCode: string; scanId: string; addedAt: string; state: 'ready'; labelPath: string }
  /** Packed (or queued to be) while the API was unreachable: its label is fetched once set-packed is done. */
  | { orderCode: string; scanId: string; addedAt: string; state: 'waiting_label'; labelPath: null };

/** Oldest first; an order already waiting keeps its place and gets the newer label. Pure. */
export function addToTray(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  const at = items.findIndex((i) => i.orderCode === item.orderCode);
  if (at === -1) return [...items, item];
  return items.map((existing, i) => (i === at ? { ...item, addedAt: existing.addedAt } : existing));
}

export function removeFromTray(items: readonly TrayItem[], orderCode: string): TrayItem[] {
  return items.filter((i) => i.orderCode !== orderCode);
}

const base = { orderCode: z.string(), scanId: z.string(), addedAt: z.string() };
const itemSchema = z.union([
  z.object({ ...base, state: z.literal('waiting_label'), labelPath: z.null() }),
  // Files written before offline scans have no state: every item there had its label.
  z.object({ ...base, state: z.literal('ready').default('ready'), labelPath: z.string() }),
]);
const traySchema = z.object({ items: z.array(itemSchema) });

export class TrayStore {
  private items: TrayItem[] = [];
  private readonly writer: SerialWriter;
  private readonly path: string;

  constructor(
    dataDir: string,
    private readonly onChange?: (items: TrayItem[]) => void,
  ) {
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

  /** The waiting label arrived: the item keeps its place in the tray and can print. */
  async markReady(orderCode: string, labelPath: string): Promise<TrayItem | null> {
    const item = this.get(orderCode);
    if (!item) return null;
    const ready: TrayItem = { ...item, state: 'ready', labelPath };
    this.items = this.items.map((i) => (i.orderCode === orderCode ? ready : i));
    await this.persist();
    return ready;
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
    try {
      this.onChange?.(this.list());
    } catch {
      /* a listener's bug must not lose the tray */
    }
    return this.writer.write({ items: this.items });
  }
}
