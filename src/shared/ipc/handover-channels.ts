// Courier handover (serah terima): what waits per courier, the dock check, closing, manifests.
import { z } from 'zod';
import type { HandoverCheck, HandoverPending, HandoverRecord } from '../handover/types';
import { PICKUP_OPTIONS } from '../orders/options';
import type { PrintJobRef } from '../station';
import { channel, scanCodeSchema as code } from './channel';

const key = {
  courier: z.string().trim().min(1).max(200),
  pickupOption: z.enum(PICKUP_OPTIONS).nullable(),
};
/** Boxes scanned at the dock: AWBs or order codes. */
const scanned = z.array(code).max(5_000);

export const handoverChannels = {
  'handover:pending': channel<HandoverPending>()(z.undefined()),
  'handover:check': channel<HandoverCheck>()(z.strictObject({ ...key, scanned })),
  'handover:printManifest': channel<PrintJobRef>()(z.strictObject(key)),
  'handover:close': channel<HandoverRecord>()(z.strictObject({ ...key, scanned })),
  'handover:history': channel<HandoverRecord[]>()(z.undefined()),
  'handover:reprint': channel<PrintJobRef>()(z.strictObject({ id: z.uuid() })),
  /** The manifest as CSV: of a closed handover (id) or of what waits now (courier, pickup option). */
  'handover:csv': channel<{ path: string; csv: string }>()(
    z.union([z.strictObject({ id: z.uuid() }), z.strictObject(key)]),
  ),
};
