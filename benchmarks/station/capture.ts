// Watches the CUPS capture dir (inotify, no polling that would steal CPU from the station on 2 cores) and
// tells when the job for an order lands. Other engineers' tests print into the same dir, so a job counts
// only if its .meta title names the order (the backend writes .meta before renaming the .prn into place).
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';

interface Waiter {
  orderCode: string;
  resolve: (at: number) => void;
}

export class CaptureWatcher {
  private readonly watcher: FSWatcher;
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly dir = CAPTURE_DIR) {
    this.watcher = watch(dir, (_event, name) => {
      if (typeof name === 'string' && /^job-\d+\.prn$/.test(name)) void this.landed(name, performance.now());
    });
  }

  /** performance.now() when the .prn of the job titled `label <orderCode>` appeared. */
  waitForJob(orderCode: string, timeoutMs = 60_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no capture job for ${orderCode} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        orderCode,
        resolve: (at) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(at);
        },
      };
      this.waiters.add(waiter);
    });
  }

  close(): void {
    this.watcher.close();
  }

  private async landed(prn: string, at: number): Promise<void> {
    if (this.waiters.size === 0) return;
    const meta = await readFile(join(this.dir, prn.replace(/\.prn$/, '.meta')), 'utf8').catch(() => '');
    const title = /^title=(.*)$/m.exec(meta)?.[1] ?? '';
    for (const w of this.waiters) if (title === `label ${w.orderCode}`) w.resolve(at);
  }
}
