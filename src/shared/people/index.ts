// Who is packing: the packers a supervisor keeps (badge barcodes are for accountability, never a password)
// and the one packing on this bench now. Carried by every pack-log entry, outbox step, print and stop.

/** A packer as every record names them: the id stays across renames, the name is as it was then. */
export interface PackerRef {
  id: string;
  name: string;
}

export interface Packer extends PackerRef {
  /** The part of the badge barcode after the station's badge prefix, e.g. "0007" for "BADGE-0007". */
  badge: string;
  retired: boolean;
  createdAt: string;
}

export interface PeopleView {
  packers: Packer[];
  /** Who is packing on this bench now, or null. */
  current: PackerRef | null;
  /** Since when the current packer is packing (ISO), or null. */
  since: string | null;
}

/** Default badge prefix: a badge reads "BADGE-0007". */
export const DEFAULT_BADGE_PREFIX = 'BADGE-';

/** The badge part of a scanned code when it starts with the prefix (case-insensitive), else null. */
export function badgeOf(code: string, prefix: string): string | null {
  const trimmed = code.trim();
  if (!prefix || trimmed.length <= prefix.length) return null;
  if (!trimmed.toUpperCase().startsWith(prefix.toUpperCase())) return null;
  return trimmed.slice(prefix.length);
}
