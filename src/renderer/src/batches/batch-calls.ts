// What the panel asks main: the matching orders, start, reprint, the failures CSV. Answers go to the store.
import type { BatchView } from '../../../shared/batches/types';
import { supervisorToken } from '../app/app-store';
import { station } from '../app/station';
import { zoneOffset } from '../orders/query';
import { batchActions, batchSnapshot, selectedInOrder, toBatchFilter } from './batch-store';

export async function loadPreview(zone: string): Promise<void> {
  batchActions.loading();
  const filter = toBatchFilter(batchSnapshot().filter, (day) =>
    zoneOffset(zone, new Date(`${day}T12:00:00Z`)),
  );
  const res = await station.batch.preview({ filter });
  if (res.ok) batchActions.setPreview(res.value);
  else batchActions.fail(res.error);
}

export async function startBatch(defaultPickup: BatchView['pickupOption']): Promise<void> {
  const s = batchSnapshot();
  const orderCodes = selectedInOrder(s.preview, s.selected);
  if (orderCodes.length === 0) return;
  const res = await station.batch.start({
    orderCodes,
    pickupOption: s.pickup ?? defaultPickup,
    supervisorToken: supervisorToken(),
  });
  if (!res.ok) return batchActions.fail(res.error);
  batchActions.clearError();
  batchActions.clearSelection();
  batchActions.setView(res.value);
}

export async function loadCurrent(): Promise<void> {
  const res = await station.batch.current();
  if (res.ok) batchActions.setView(res.value);
}

export async function reprintBatch(batchId: string, orderCode?: string): Promise<void> {
  const res = await station.batch.reprint({ batchId, orderCode, supervisorToken: supervisorToken() });
  if (res.ok) batchActions.setView(res.value);
  else batchActions.fail(res.error);
}

export async function resumeBatch(batchId: string): Promise<void> {
  const res = await station.batch.resume({ batchId, supervisorToken: supervisorToken() });
  if (res.ok) batchActions.setView(res.value);
  else batchActions.fail(res.error);
}

export async function downloadFailures(batchId: string): Promise<void> {
  const res = await station.batch.failuresCsv({ batchId });
  if (!res.ok) return batchActions.fail(res.error);
  const url = URL.createObjectURL(new Blob([res.value.csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = res.value.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
