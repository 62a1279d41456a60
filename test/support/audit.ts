// The sandbox's audit: every status change a request applied since it started, oldest first.
import { control, type RunningSandbox, type Tenant } from './sandbox';

export interface Transition {
  order_code: string;
  from: string;
  to: string;
}

/** The transitions of one order, or of every order of the tenant when `code` is left out. */
export async function transitions(sb: RunningSandbox, tenant: Tenant, code?: string): Promise<Transition[]> {
  const query = code === undefined ? '' : `?order_code=${encodeURIComponent(code)}`;
  return (await control<{ transitions: Transition[] }>(sb, tenant, `/audit${query}`)).transitions;
}

/** One order's changes as "from>to" steps, e.g. ['to_process>process', 'process>packed']. */
export async function auditOf(sb: RunningSandbox, tenant: Tenant, code: string): Promise<string[]> {
  return (await transitions(sb, tenant, code)).map((t) => `${t.from}>${t.to}`);
}

/** Every order's "from>to" steps, per order code. */
export async function auditByOrder(sb: RunningSandbox, tenant: Tenant): Promise<Map<string, string[]>> {
  const byOrder = new Map<string, string[]>();
  for (const t of await transitions(sb, tenant)) {
    byOrder.set(t.order_code, [...(byOrder.get(t.order_code) ?? []), `${t.from}>${t.to}`]);
  }
  return byOrder;
}
