// Who is packing: the packer list (supervisor: add, rename, retire), the badge scan or pick that starts
// or switches a packer's session, and the end of it.
import { z } from 'zod';
import type { Packer, PackerRef, PeopleView } from '../people';
import { channel, scanCodeSchema, supervisorChannel } from './channel';

const name = z.string().trim().min(1, 'The name is empty').max(60, 'The name is too long');
const badge = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/, 'A badge has only letters, digits and dashes');
const id = z.string().min(1).max(64);

export const peopleChannels = {
  'people:get': channel<PeopleView>()(z.undefined()),
  'people:add': supervisorChannel<Packer>()({ name, badge: badge.optional() }),
  'people:rename': supervisorChannel<Packer>()({ id, name }),
  'people:retire': supervisorChannel<Packer>()({ id }),
  /** A scanned badge barcode (prefix included): starts that packer's session, or switches to them. */
  'people:badge': channel<PackerRef>()(z.strictObject({ code: scanCodeSchema })),
  /** The packer picked their name from the list. */
  'people:pick': channel<PackerRef>()(z.strictObject({ id })),
  'people:end': channel<{ ended: boolean }>()(z.undefined()),
};
