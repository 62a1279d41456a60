// The journal record of a new outbox action, after checking the action carries what its call needs (a
// pickup option for packing, return_by and a reason for a return): a bad action never reaches the journal.
import type { OutboxRecord } from './records';
import type { OutboxActionInput } from './types';

export function enqueueRecord(action: OutboxActionInput, id: string, seq: number, at: string): OutboxRecord {
  if ((action.kind === 'set_packed' || action.kind === 'set_process_packed') && !action.pickupOption) {
    throw new Error(`${action.kind} needs a pickup option`);
  }
  if (action.kind === 'return' && (!action.returnBy || !action.returnReason?.trim())) {
    throw new Error('return needs return_by and a return reason');
  }
  return {
    t: 'enqueue',
    id,
    seq,
    at,
    orderCode: action.orderCode,
    kind: action.kind,
    ...(action.pickupOption ? { pickupOption: action.pickupOption } : {}),
    ...(action.kind === 'return' ? { returnBy: action.returnBy, returnReason: action.returnReason } : {}),
    ...(action.scanId ? { scanId: action.scanId } : {}),
    ...(action.packer ? { packer: { id: action.packer.id, name: action.packer.name } } : {}),
  };
}
