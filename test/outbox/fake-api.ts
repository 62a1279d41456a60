// A scripted Orders API for outbox unit tests: real transitions per order, and per-call outcomes that
// can fail before the change (refused, unreachable) or after it (applied, answer lost).
import { ApiError } from '../../src/main/api/errors';
import type { ApiAck, Labelled } from '../../src/main/api/types';
import type { OutboxApi } from '../../src/main/outbox';
import type {
  OrderStatus,
  PickupOption,
  ReturnInput,
  ShippingLabel,
  Tracking,
} from '../../src/shared/orders';

export type CallKind =
  'set_process' | 'set_packed' | 'set_process_packed' | 'ship' | 'mark_printed' | 'return';

/** What the next call of a kind does: answer, or fail before / after applying the change. */
export type Outcome = 'ok' | { fail: 'timeout' | 'server' | 'refused' | 'reset'; applied: boolean } | number;

const FROM: Record<
  Exclude<CallKind, 'mark_printed' | 'set_process_packed' | 'return'>,
  [OrderStatus, OrderStatus]
> = {
  set_process: ['to_process', 'process'],
  set_packed: ['process', 'packed'],
  ship: ['packed', 'shipped'],
};

export function transportFailure(kind: 'timeout' | 'server' | 'refused' | 'reset', path = '/x'): ApiError {
  const base = { method: 'POST', path };
  if (kind === 'timeout')
    return new ApiError({ ...base, kind: 'timeout', networkCode: 'DEADLINE', message: 'No answer.' });
  if (kind === 'server')
    return new ApiError({
      ...base,
      kind: 'server',
      httpStatus: 503,
      requestId: 'rq-5xx',
      message: 'HTTP 503.',
    });
  const networkCode = kind === 'refused' ? 'ECONNREFUSED' : 'ECONNRESET';
  return new ApiError({ ...base, kind: 'network', networkCode, message: `Cannot reach: ${networkCode}.` });
}

export class FakeOrdersApi implements OutboxApi {
  readonly status = new Map<string, OrderStatus>();
  readonly calls: string[] = [];
  readonly tracked: string[] = [];
  private readonly script = new Map<CallKind, Outcome[]>();
  /** Tracking calls that fail (unreachable) before it answers again. */
  trackFailures = 0;
  /** Tracking refuses the key (401), e.g. the station's API key was changed meanwhile. */
  trackRefused = false;
  /** set-process-packed lands after this many ms. */
  asyncMs = 20;
  /** Resolved before each write: lets a test hold calls in flight. */
  gate: (kind: CallKind, code: string) => Promise<void> = async () => undefined;
  inFlight = 0;
  maxInFlight = 0;

  constructor(orders: Record<string, OrderStatus>) {
    for (const [code, status] of Object.entries(orders)) this.status.set(code, status);
  }

  plan(kind: CallKind, ...outcomes: Outcome[]): void {
    this.script.set(kind, [...(this.script.get(kind) ?? []), ...outcomes]);
  }

  private async write(kind: CallKind, code: string, apply: () => void): Promise<ApiAck> {
    this.calls.push(`${kind}:${code}`);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.gate(kind, code);
      const outcome = this.script.get(kind)?.shift() ?? 'ok';
      if (typeof outcome === 'number') {
        throw new ApiError({
          kind: outcome === 409 ? 'conflict' : outcome === 401 || outcome === 403 ? 'auth' : 'validation',
          method: 'POST',
          path: `/${kind}`,
          httpStatus: outcome,
          requestId: `rq-${outcome}`,
          message: `HTTP ${outcome}.`,
        });
      }
      if (outcome !== 'ok' && !outcome.applied) throw transportFailure(outcome.fail);
      apply();
      if (outcome !== 'ok') throw transportFailure(outcome.fail);
      return { message: 'Ok', requestId: `rq-${this.calls.length}` };
    } finally {
      this.inFlight -= 1;
    }
  }

  private conflict(kind: CallKind, code: string): ApiError {
    return new ApiError({
      kind: 'conflict',
      method: 'POST',
      path: `/${kind}`,
      httpStatus: 409,
      requestId: 'rq-409',
      message: `Order ${code} is ${this.status.get(code)}.`,
    });
  }

  private step(kind: keyof typeof FROM, code: string): Promise<ApiAck> {
    return this.write(kind, code, () => {
      const [from, to] = FROM[kind];
      if (this.status.get(code) !== from) throw this.conflict(kind, code);
      this.status.set(code, to);
    });
  }

  setProcess(code: string) {
    return this.step('set_process', code);
  }
  setPacked(code: string, _pickup: PickupOption) {
    return this.step('set_packed', code);
  }
  ship(code: string) {
    return this.step('ship', code);
  }
  setProcessPacked(code: string, _pickup: PickupOption) {
    return this.write('set_process_packed', code, () => {
      if (this.status.get(code) !== 'to_process') throw this.conflict('set_process_packed', code);
      this.status.set(code, 'process');
      setTimeout(() => this.status.set(code, 'packed'), this.asyncMs);
    });
  }
  /** Every return body sent (the fields the journal kept). */
  readonly returns: ReturnInput[] = [];
  returnOrder(input: ReturnInput) {
    this.returns.push(input);
    const code = input.order_code;
    return this.write('return', code, () => {
      const s = this.status.get(code);
      if (s !== 'shipped' && s !== 'completed') throw this.conflict('return', code);
      this.status.set(code, 'returned');
    });
  }
  async getShippingLabel(code: string, markAsPrinted: boolean): Promise<Labelled<ShippingLabel>> {
    await this.write('mark_printed', code, () => {
      const s = this.status.get(code);
      if (s !== 'packed' && s !== 'shipped' && s !== 'completed') throw this.conflict('mark_printed', code);
    });
    void markAsPrinted;
    const data: ShippingLabel = {
      order_id: 1,
      channel: null,
      order_code: code,
      url: `https://cdn.example/${code}.pdf`,
    };
    return { data, requestId: 'rq-label' };
  }
  async track(code: string): Promise<Tracking> {
    this.tracked.push(code);
    if (this.trackRefused) {
      throw new ApiError({
        kind: 'auth',
        method: 'POST',
        path: '/orders/tracking',
        httpStatus: 401,
        requestId: 'rq-401',
        message: 'Unauthenticated.',
      });
    }
    if (this.trackFailures > 0) {
      this.trackFailures -= 1;
      throw transportFailure('timeout', '/orders/tracking');
    }
    const status = this.status.get(code);
    if (!status)
      throw new ApiError({
        kind: 'not_found',
        method: 'POST',
        path: '/orders/tracking',
        httpStatus: 404,
        message: 'Unknown.',
      });
    const none = {
      order_reference_id: null,
      tracking_number: null,
      channel: null,
      courier: null,
      service: null,
    };
    return {
      order_code: code,
      order_status: status,
      tenant_id: null,
      order_history: [],
      delivery_history: [],
      ...none,
    };
  }
}
