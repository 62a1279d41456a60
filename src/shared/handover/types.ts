// Courier handover (serah terima): the shipped boxes waiting for a courier, grouped by courier and pickup
// option, the check of the boxes scanned at the dock, and the closed handovers kept on the station.
import type { PickupOption } from '../orders/options';

export interface HandoverOrder {
  orderCode: string;
  /** The AWB; null when the API gave none (listed, no barcode). */
  trackingNumber: string | null;
  /** When the order last changed (shipped), as the API says. */
  shippedAt: string;
}

/** Orders of one courier and pickup option since that courier's last handover. */
export interface HandoverGroup {
  courier: string;
  /** Recorded when this station packed the order; null when packed elsewhere (not known here). */
  pickupOption: PickupOption | null;
  since: string;
  orders: HandoverOrder[];
}

export interface HandoverPending {
  groups: HandoverGroup[];
  /** Shipped orders looked through in the API. */
  scanned: number;
}

/** Boxes scanned at the dock against the list: by AWB or order code. */
export interface HandoverCheck {
  matched: string[];
  /** On the list, not scanned (order codes). */
  missing: string[];
  /** Scanned, not on the list (as scanned). */
  unexpected: string[];
}

export interface HandoverRecord {
  id: string;
  courier: string;
  pickupOption: PickupOption | null;
  closedAt: string;
  /** Who closed it: for now the role and the station (a packer's name may come later). */
  closedBy: string;
  orders: HandoverOrder[];
  /** The dock check when boxes were scanned; null when closed without scanning. */
  check: HandoverCheck | null;
}

export interface GroupKey {
  courier: string;
  pickupOption: PickupOption | null;
}
