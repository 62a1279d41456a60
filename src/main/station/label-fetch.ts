// Fetches an order's label (without marking it printed), downloads the PDF and files it in the label
// cache, so a reprint never needs the network.
import { rm } from 'node:fs/promises';
import { ensureDir } from '../files/durable-file';
import { join } from 'node:path';
import type { FlowDeps } from './flow-deps';
import type { ReprintOffer } from './types';
import type { OrderStatus } from '../../shared/orders';

export async function fetchLabelToCache(
  deps: Pick<FlowDeps, 'api' | 'labels' | 'dataDir'>,
  orderCode: string,
  scanId: string,
): Promise<string> {
  const label = await deps.api.getShippingLabel(orderCode, false);
  const dir = join(deps.dataDir, 'station', 'incoming');
  await ensureDir(dir);
  const tmp = join(dir, `${orderCode.replace(/[^A-Za-z0-9_-]/g, '_')}-${scanId}.pdf`);
  await deps.api.downloadLabel(label.data.url, tmp);
  if (deps.labels.adopt) return deps.labels.adopt(orderCode, tmp);
  const cached = await deps.labels.put(orderCode, tmp);
  if (cached !== tmp) await rm(tmp, { force: true });
  return cached;
}

/** A label from packed on can always be fetched again; otherwise only a cached one can be reprinted. */
export async function reprintOffer(
  deps: Pick<FlowDeps, 'labels'>,
  orderCode: string,
  status: OrderStatus | null,
): Promise<ReprintOffer> {
  if (await deps.labels.get(orderCode)) return { available: true, source: 'cache' };
  if (status === 'packed' || status === 'shipped' || status === 'completed') {
    return { available: true, source: 'api' };
  }
  return { available: false, source: null };
}
