// Who is packing, from the Pack screen: a badge scan, a name picked from the list, the END card. Each
// answer is a notice (or an alert the packer acknowledges), with the same tones as other scans.
import type { ErrorInfo } from '../../../shared/errors';
import { station } from '../app/station';
import { feedback } from './feedback';
import { flowActions } from './flow-store';

function showError(error: ErrorInfo): void {
  feedback.error();
  flowActions.error(error, null);
}

export async function scanBadge(code: string): Promise<void> {
  const res = await station.people.badge({ code });
  if (!res.ok) return showError(res.error);
  flowActions.notify({ key: 'people.started', values: { name: res.value.name }, tone: 'info' });
  feedback.itemOk();
}

export async function pickPacker(id: string): Promise<void> {
  const res = await station.people.pick({ id });
  if (!res.ok) return showError(res.error);
  flowActions.notify({ key: 'people.started', values: { name: res.value.name }, tone: 'info' });
  feedback.itemOk();
}

export async function endSession(): Promise<void> {
  const res = await station.people.end();
  if (!res.ok) return showError(res.error);
  flowActions.notify({ key: 'people.ended', tone: 'info' });
  feedback.itemOk();
}
