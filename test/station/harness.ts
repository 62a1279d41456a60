// The pack flow against the real sandbox and the real client, with an in-memory recorder at the
// printing boundary (the one place the station meets hardware).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOrdersClient, type OrdersClient, type OrdersClientConfig } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import { createLabelCache } from '../../src/main/printing/label-cache';
import type { PrintJob } from '../../src/main/printing/types';
import { PackFlow, type PackFlowOptions } from '../../src/main/station/pack-flow';
import type { OrderSource } from '../../src/main/station/flow-deps';
import { createConnectivity, createOutbox } from '../../src/main/outbox';
import type { Connectivity, Outbox } from '../../src/main/outbox/types';
import type { LabelCache, LabelPrinter, StationFlowSettings, StepEvent } from '../../src/main/station/types';
import { WorkQueue } from '../../src/main/workqueue/work-queue';
import type { CreateOrderInput } from '../../src/shared/orders';
import { auditOf as auditStepsOf } from '../support/audit';
import { newOrderInput } from '../support/new-order';
import { control as supportControl, startSandboxFor } from '../support/sandbox';

export const TENANT = { id: 'bench-t', key: 'bench-key-0123456789' };

export interface Printed {
  orderCode: string;
  kind: 'label' | 'separator';
  file: string;
  head: string;
}

/** Records every job; reads the file's first bytes so a test can tell a PDF was handed over. */
export class PrintRecorder implements LabelPrinter {
  readonly jobs: Printed[] = [];
  /** Each prepare(): how many jobs were printed by then. */
  readonly prepared: number[] = [];
  /** Called at each prepare() (a test looks at the flow's steps at that moment). */
  onPrepare: () => void = () => undefined;
  prepare(): void {
    this.prepared.push(this.jobs.length);
    this.onPrepare();
  }
  async print(req: { orderCode: string; file: string; kind: 'label' | 'separator' }): Promise<PrintJob> {
    const head = (await readFile(req.file)).subarray(0, 5).toString('latin1');
    this.jobs.push({ ...req, head });
    return { jobId: `job-${this.jobs.length}`, printer: 'RECORDER' };
  }
  labels(): string[] {
    return this.jobs.filter((j) => j.kind === 'label').map((j) => j.orderCode);
  }
}

export interface FlowRig {
  sb: RunningSandbox;
  api: OrdersClient;
  queue: WorkQueue;
  flow: PackFlow;
  outbox: Outbox;
  printer: PrintRecorder;
  settings: StationFlowSettings;
  events: StepEvent[];
  dataDir: string;
  /** A station restart: the flow and the outbox closed and opened again on the same data dir. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the outbox of a data dir (again, after a restart). */
export type OutboxFactory = (
  api: OrdersClient,
  dataDir: string,
) => Promise<{ outbox: Outbox; connectivity: Connectivity }>;

/** The durable outbox on `<dataDir>/outbox`, quick backoff so a test's replay is quick. */
export function durableOutbox(): OutboxFactory {
  return async (api, dataDir) => {
    const connectivity = createConnectivity({
      probe: async () => {
        await api.listOrders({ page: 1, per_page: 1 });
      },
      backoff: { baseMs: 50, maxMs: 200 },
    });
    const outbox = await createOutbox({
      dir: join(dataDir, 'outbox'),
      api,
      connectivity,
      backoff: { baseMs: 50, maxMs: 200 },
    });
    const close = outbox.close.bind(outbox);
    outbox.close = async () => {
      await close();
      connectivity.close();
    };
    return { outbox, connectivity };
  };
}

export interface FlowRigOptions {
  orders?: (queue: WorkQueue) => OrderSource;
  /** Real printing instead of the recorder (the CUPS test). */
  printing?: (dataDir: string) => { printer: LabelPrinter; labels: LabelCache };
  outbox?: OutboxFactory;
  /** Client settings beyond the sandbox's address and tenant (short timeouts for stalled replies). */
  client?: Partial<Pick<OrdersClientConfig, 'timeouts' | 'retry'>>;
  /** Who is packing, "a packer is required", the shift config and the clock (people and report tests). */
  flow?: Pick<PackFlowOptions, 'packer' | 'packerRequired' | 'shift' | 'now'>;
}

export async function startFlowRig(opts: FlowRigOptions = {}): Promise<FlowRig> {
  const sb = await startSandboxFor(TENANT, { orders: 12, seed: 3, asyncDelayMs: 20 });
  const api = createOrdersClient({
    baseUrl: sb.apiOrigin,
    tenantId: TENANT.id,
    apiKey: TENANT.key,
    ...opts.client,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-'));
  const queue = new WorkQueue({ api, dataDir, intervalMs: 0 });
  const printer = new PrintRecorder();
  const settings: StationFlowSettings = {
    verification: 'off',
    confirmLabel: false,
    pickupOption: 'MID_PICKUP',
  };
  const events: StepEvent[] = [];
  const listeners: Array<(e: StepEvent) => void> = [];
  const openOutbox = opts.outbox ?? durableOutbox();
  const printing = opts.printing?.(dataDir) ?? {
    printer,
    labels: createLabelCache({ dir: join(dataDir, 'labels') }),
  };
  const openFlow = async ({ outbox, connectivity }: { outbox: Outbox; connectivity: Connectivity }) =>
    PackFlow.create({
      api,
      orders: opts.orders ? opts.orders(queue) : queue,
      ...printing,
      outbox,
      connectivity,
      dataDir,
      ...opts.flow,
      settings: () => settings,
      onStep: (e) => {
        events.push(e);
        for (const l of listeners) l(e);
      },
    });
  const opened = await openOutbox(api, dataDir);
  const rig: FlowRig = {
    sb,
    api,
    queue,
    flow: await openFlow(opened),
    outbox: opened.outbox,
    printer,
    settings,
    events,
    dataDir,
    async restart() {
      await rig.flow.close();
      await rig.outbox.close();
      const reopened = await openOutbox(api, dataDir);
      rig.outbox = reopened.outbox;
      rig.flow = await openFlow(reopened);
    },
    async close() {
      await rig.flow.close();
      await rig.outbox.close();
      await queue.stop();
      await api.close();
      await sb.close();
      await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
  onStepListeners.set(rig, listeners);
  return rig;
}

const onStepListeners = new WeakMap<FlowRig, Array<(e: StepEvent) => void>>();

/** Calls `fn` once, synchronously, on the first step event that matches. */
export function onceStep(rig: FlowRig, match: (e: StepEvent) => boolean, fn: (e: StepEvent) => void): void {
  const listeners = onStepListeners.get(rig) ?? [];
  const listener = (e: StepEvent) => {
    if (!match(e)) return;
    listeners.splice(listeners.indexOf(listener), 1);
    fn(e);
  };
  listeners.push(listener);
}

export function nextStep(rig: FlowRig, match: (e: StepEvent) => boolean): Promise<StepEvent> {
  return new Promise((resolve) => onceStep(rig, match, resolve));
}

/** The sandbox's control surface as this bench's tenant (test/support/sandbox.ts). */
export function control<T>(sb: RunningSandbox, path: string, body?: unknown): Promise<T> {
  return supportControl<T>(sb, TENANT, path, body);
}

/** One order's status changes as "from>to" steps. */
export function auditOf(sb: RunningSandbox, code: string): Promise<string[]> {
  return auditStepsOf(sb, TENANT, code);
}

/** A fresh to_process order with known lines. */
export async function newOrder(
  api: OrdersClient,
  code: string,
  products: CreateOrderInput['products'] = [{ name: 'Handuk', sku: 'SKU-001', unit_price: 15000, qty: 1 }],
): Promise<string> {
  await api.createOrder(newOrderInput(code, { products }));
  return code;
}

export const FULL_PATH = ['to_process>process', 'process>packed', 'packed>shipped'];
