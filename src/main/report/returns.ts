// What the shift report needs from the returns bench (src/main/returns fills it): each return recorded on
// this station, when, by whom and why. Until returns exist the report is given none and counts 0.
import type { PackerRef } from '../../shared/people';

export interface ReturnRecord {
  orderCode: string;
  /** When the return was recorded at the bench (ISO). */
  at: string;
  packer: PackerRef | null;
  /** The `return_by` value (customer_request, damaged, ...). */
  reason: string;
}

export type ReturnSource = () => readonly ReturnRecord[] | Promise<readonly ReturnRecord[]>;

export const noReturns: ReturnSource = () => [];
