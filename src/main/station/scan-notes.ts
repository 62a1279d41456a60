// What the pack log remembers of a scan until its label prints: the packer it began with and each step's
// time. In memory only, bounded: a scan that never prints is simply forgotten after a while.
import type { PackerRef } from '../../shared/people';

interface Note {
  packer: PackerRef | null;
  steps: Record<string, number>;
}

const KEEP = 200;

export class ScanNotes {
  private readonly notes = new Map<string, Note>();

  begin(scanId: string, packer: PackerRef | null): void {
    this.notes.set(scanId, { packer, steps: {} });
    while (this.notes.size > KEEP) {
      const oldest = this.notes.keys().next().value;
      if (oldest === undefined) break;
      this.notes.delete(oldest);
    }
  }

  /** A step of the scan ended after `ms` (a step run twice keeps the sum). */
  step(scanId: string, step: string, ms: number): void {
    const note = this.notes.get(scanId);
    if (note) note.steps[step] = (note.steps[step] ?? 0) + ms;
  }

  /** The packer the scan began with (null: nobody was packing), or undefined for a scan never seen. */
  packer(scanId: string): PackerRef | null | undefined {
    return this.notes.get(scanId)?.packer;
  }

  steps(scanId: string): Record<string, number> {
    return { ...this.notes.get(scanId)?.steps };
  }
}
