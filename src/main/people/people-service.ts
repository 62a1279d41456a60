// The packer list a supervisor keeps and who is packing on this bench now, kept in
// <dataDir>/people/people.json (the session too, so a restart does not drop the packer mid-shift).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { ErrorInfo, Result } from '../../shared/errors';
import { badgeOf, type Packer, type PackerRef, type PeopleView } from '../../shared/people';
import { readJsonFile, SerialWriter } from '../files/durable-file';
import { peopleErrors } from './people-errors';

const packerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  badge: z.string().min(1),
  retired: z.boolean(),
  createdAt: z.string(),
});
const fileSchema = z.object({
  packers: z.array(packerSchema),
  current: z.object({ id: z.string(), since: z.string() }).nullable(),
});

export interface PeopleOptions {
  dataDir: string;
  /** The badge prefix of Settings, read at each scan. */
  badgePrefix: () => string;
  now?: () => Date;
}

export class PeopleService {
  private packers: Packer[] = [];
  private session: { id: string; since: string } | null = null;
  private readonly writer: SerialWriter;
  private readonly path: string;
  private readonly listeners = new Set<(view: PeopleView) => void>();
  private readonly now: () => Date;

  constructor(private readonly opts: PeopleOptions) {
    this.path = join(opts.dataDir, 'people', 'people.json');
    this.writer = new SerialWriter(this.path);
    this.now = opts.now ?? (() => new Date());
  }

  async load(): Promise<void> {
    const parsed = fileSchema.safeParse(await readJsonFile(this.path));
    if (!parsed.success) return;
    this.packers = parsed.data.packers;
    const current = parsed.data.current;
    this.session = current && this.byId(current.id)?.retired === false ? current : null;
  }

  view(): PeopleView {
    return {
      packers: this.packers.map((p) => ({ ...p })),
      current: this.current(),
      since: this.session?.since ?? null,
    };
  }

  current(): PackerRef | null {
    const p = this.session ? this.byId(this.session.id) : null;
    return p ? { id: p.id, name: p.name } : null;
  }

  onChange(listener: (view: PeopleView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async add(name: string, badge?: string): Promise<Result<Packer>> {
    const wanted = badge?.trim() || this.nextBadge();
    const taken = this.packers.find((p) => p.badge.toUpperCase() === wanted.toUpperCase());
    if (taken) return fail(peopleErrors.badgeTaken(wanted, taken.name));
    const packer: Packer = {
      id: randomUUID(),
      name: name.trim(),
      badge: wanted,
      retired: false,
      createdAt: this.now().toISOString(),
    };
    this.packers.push(packer);
    await this.changed();
    return { ok: true, value: { ...packer } };
  }

  async rename(id: string, name: string): Promise<Result<Packer>> {
    const packer = this.byId(id);
    if (!packer) return fail(peopleErrors.unknownPacker());
    packer.name = name.trim();
    await this.changed();
    return { ok: true, value: { ...packer } };
  }

  /** Retired packers stay on the list (their past shifts name them) but can no longer start packing. */
  async retire(id: string): Promise<Result<Packer>> {
    const packer = this.byId(id);
    if (!packer) return fail(peopleErrors.unknownPacker());
    packer.retired = true;
    if (this.session?.id === id) this.session = null;
    await this.changed();
    return { ok: true, value: { ...packer } };
  }

  /** A badge barcode (prefix included) starts that packer's session, or switches the bench to them. */
  async badge(code: string): Promise<Result<PackerRef>> {
    const prefix = this.opts.badgePrefix();
    const badge = badgeOf(code, prefix);
    if (badge === null) return fail(peopleErrors.notABadge(prefix));
    const packer = this.packers.find((p) => p.badge.toUpperCase() === badge.toUpperCase());
    if (!packer) return fail(peopleErrors.unknownBadge(badge));
    return this.start(packer);
  }

  async pick(id: string): Promise<Result<PackerRef>> {
    const packer = this.byId(id);
    if (!packer) return fail(peopleErrors.unknownPacker());
    return this.start(packer);
  }

  async end(): Promise<boolean> {
    if (!this.session) return false;
    this.session = null;
    await this.changed();
    return true;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  private async start(packer: Packer): Promise<Result<PackerRef>> {
    if (packer.retired) return fail(peopleErrors.retired(packer.name));
    if (this.session?.id !== packer.id) {
      this.session = { id: packer.id, since: this.now().toISOString() };
      await this.changed();
    }
    return { ok: true, value: { id: packer.id, name: packer.name } };
  }

  private byId(id: string): Packer | undefined {
    return this.packers.find((p) => p.id === id);
  }

  /** The next free 4-digit badge number: "0001", "0002", ... */
  private nextBadge(): string {
    const used = new Set(this.packers.map((p) => p.badge));
    for (let n = this.packers.length + 1; ; n += 1) {
      const badge = String(n).padStart(4, '0');
      if (!used.has(badge)) return badge;
    }
  }

  private async changed(): Promise<void> {
    await this.writer.write({ packers: this.packers, current: this.session });
    const view = this.view();
    for (const l of this.listeners) {
      try {
        l(view);
      } catch {
        /* a listener's bug must not undo the change */
      }
    }
  }
}

function fail<T>(error: ErrorInfo): Result<T> {
  return { ok: false, error };
}
