// Calls main's error factories with every form of their words (status, subject, network code, printer
// state, write, step…) and checks each ErrorInfo they make: keyed, its action keyed when it has one, the
// key in English and Bahasa Indonesia, and every {{value}} of both texts (through $t nesting) given.
import { describe, expect, it } from 'vitest';
import type { ErrorInfo } from '../../src/shared/errors';
import { ORDER_STATUSES } from '../../src/shared/orders/status';
import { scanCodeSchema } from '../../src/shared/ipc/scan-code';
import { endpointUrl, parseApiBase } from '../../src/main/api/api-url';
import { createOrdersClient } from '../../src/main/api/client';
import { withCurrentStatus } from '../../src/main/api/conflict-status';
import { describeConnectionFailure } from '../../src/main/api/connection-failure';
import { ApiError } from '../../src/main/api/errors';
import {
  badResponse,
  cancelledError,
  deadlineError,
  httpError,
  transportError,
  type CallContext,
} from '../../src/main/api/error-mapping';
import { handlerErrorInfo, invalidInputInfo } from '../../src/main/errors/error-info';
import { needsApiOnline, unknownOutcome, type WriteWhat } from '../../src/main/order-writes/write-errors';
import { changedElsewhere, offlineInfo } from '../../src/main/outbox/offline-info';
import type { OutboxEntry } from '../../src/main/outbox/records';
import { settle } from '../../src/main/outbox/settle';
import { refusalKey } from '../../src/main/returns/returns-lookup';
import { RETURN_REFUSALS } from '../../src/shared/ipc/returns-channels';
import { peopleErrors } from '../../src/main/people/people-errors';
import { failure, notAccepting, pausedError, unknownPrinter } from '../../src/main/printing/cups-errors';
import { labelFileKey } from '../../src/main/printing/label-error-keys';
import { COMMAND_TIMED_OUT } from '../../src/main/printing/run-command';
import { toPrinterError } from '../../src/main/printing/windows-driver';
import { flowErrors } from '../../src/main/station/flow-errors';
import { unknownOutcome as stepOutcomeUnknown } from '../../src/main/station/outbox-step';
import { memoryLogger } from '../hosts/fakes';
import { infoProblems, keyProblems } from './key-check';

const contexts: CallContext[] = [
  { method: 'POST', path: '/x', subject: { code: 'ORD1' } },
  { method: 'GET', path: '/x', subject: { id: 5 } },
  { method: 'POST', path: '/x', subject: 'list' },
  { method: 'POST', path: '/x' },
  { method: 'GET', path: '/label.pdf', service: 'label server' },
];
const facts = [
  { requestId: 'rq', apiMessage: null },
  { requestId: 'rq', apiMessage: 'Order ORD1 is Packed' },
  { requestId: null, apiMessage: 'bad', fieldErrors: { pickup_option: ['is required'] } },
];
const systemError = (code: string): Error => Object.assign(new Error(code), { code });
const NETWORK_CODES = [
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EWHATEVER',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
];
const limits = { connectMs: 5_000, headersMs: 10_000, bodyMs: 2_500 };

function infoOf(fn: () => unknown): ErrorInfo {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err.toInfo();
    throw err;
  }
  throw new Error('did not throw');
}

function outboxEntry(over: Partial<OutboxEntry>): OutboxEntry {
  return {
    id: 'e1',
    seq: 1,
    rev: 1,
    orderCode: 'ORD9',
    kind: 'set_packed',
    state: 'queued',
    createdAt: '2026-01-01T00:00:00.000Z',
    attempts: 1,
    lastAttemptAt: null,
    nextAttemptAt: null,
    lastError: null,
    note: null,
    requestId: null,
    unknown: true,
    settledAt: null,
    ...over,
  };
}

function expectKeyed(infos: ErrorInfo[]): void {
  const problems = infos.flatMap((info) => infoProblems(info).map((p) => `${info.message} → ${p}`));
  expect(problems).toEqual([]);
}

describe("main's error factories, in every form", () => {
  it('Orders API: every HTTP status, subject and reply', () => {
    const statuses = [400, 401, 403, 404, 409, 418, 422, 429, 500, 503];
    expectKeyed(
      contexts.flatMap((ctx) =>
        statuses.flatMap((status) => facts.map((f) => httpError(ctx, status, f).toInfo('set_packed'))),
      ),
    );
  });

  it('Orders API and label server: every network code, timeouts, deadline, cancel, unreadable', () => {
    expectKeyed(
      contexts.flatMap((ctx) => [
        ...NETWORK_CODES.map((code) => transportError(ctx, systemError(code), limits).toInfo()),
        deadlineError(ctx, 10_000).toInfo(),
        cancelledError(ctx).toInfo(),
        badResponse(ctx, 200, 'an HTML page instead of data').toInfo(),
      ]),
    );
  });

  it('a conflict names the current status in every status; copies keep or drop their key', async () => {
    const conflict = httpError(contexts[0] ?? { method: 'POST', path: '/' }, 409, facts[1] ?? facts[0]!);
    const infos: ErrorInfo[] = [];
    for (const status of ORDER_STATUSES) {
      const api = { track: async () => ({ order_status: status }) as never };
      infos.push((await withCurrentStatus(api, conflict, 'ORD1')).toInfo());
    }
    expectKeyed(infos);
    expect(conflict.with({ message: 'other words' }).toInfo().messageKey).toBeUndefined();
    expect(conflict.with({ currentStatus: 'packed' }).toInfo().messageKey).toBe('apiErrors.conflictSaid');
  });

  it('API address, key to another origin, client argument checks, connection test', async () => {
    const bad = [
      'not a url',
      'ftp://h',
      'http://api.example.com',
      'https://u:p@h',
      'https://h/?q',
      'https://h/x',
    ];
    const base = parseApiBase('https://api.example.com');
    const client = createOrdersClient({ baseUrl: 'https://api.example.com', tenantId: 't', apiKey: 'k' });
    const rejected = async (p: Promise<unknown>): Promise<ErrorInfo> =>
      p.then(
        () => {
          throw new Error('resolved');
        },
        (err: unknown) => (err as ApiError).toInfo(),
      );
    expectKeyed([
      ...bad.map((url) => infoOf(() => parseApiBase(url))),
      infoOf(() => endpointUrl(base, 'GET', '/../../../x')),
      await rejected(client.getOrderDetail(-1)),
      await rejected(client.listOrders({ per_page: 1000 })),
    ]);
    await client.close?.();
    const tests = [
      describeConnectionFailure(systemError('ENOTFOUND')),
      describeConnectionFailure(systemError('ECONNREFUSED')),
      describeConnectionFailure(new Error('something odd')),
      describeConnectionFailure(transportError(contexts[0]!, systemError('ECONNRESET'), limits)),
      describeConnectionFailure(httpError(contexts[0]!, 403, facts[0]!)),
    ];
    expect(tests.flatMap((t) => keyProblems(t.messageKey, t.messageValues))).toEqual([]);
  });

  it('printers: CUPS output and queue states, Windows rejections, label files', () => {
    const printer = (name: string, message: string | null, reasons: string[] = []) => ({
      name,
      state: 'paused' as const,
      printingJob: null,
      message,
      reasons,
    });
    const run = (stderr: string, code = 1) => ({ stdout: '', stderr, code });
    const outputs = [
      run('lp: unable to access "/tmp/x.pdf" - No such file or directory'),
      run('lp: The printer or class does not exist.'),
      run('lp: scheduler is not running'),
      run('', COMMAND_TIMED_OUT),
      run('lp: Destination "X" is not accepting jobs.'),
      run('lp: something else'),
      run(''),
    ];
    expectKeyed([
      ...outputs.flatMap((o) => [failure(o, 'LABEL').toInfo(), failure(o, null).toInfo()]),
      unknownPrinter('NOPE', '').toInfo(),
      notAccepting('LABEL', '').toInfo(),
      pausedError(printer('LABEL', 'Paused')).toInfo(),
      pausedError(printer('LABEL', 'Cover open')).toInfo(),
      pausedError(printer('LABEL', null, ['media-empty-error'])).toInfo(),
      ...['load Windows printing', 'list the printers', 'find the default printer', 'print on LABEL'].flatMap(
        (what) => [
          toPrinterError(what, 'LABEL', new Error('Access denied')).toInfo(),
          toPrinterError(what, null, undefined).toInfo(),
          toPrinterError(what, null, 'operating system not supported').toInfo(),
          toPrinterError(what, 'LABEL', new Error('ENOENT: no such file')).toInfo(),
        ],
      ),
    ]);
    for (const what of ['label for ORD1', 'saved label for ORD1', 'test label']) {
      for (const problem of ['fileMissing', 'notPdf'] as const) {
        const ref = labelFileKey(problem, what);
        expect(keyProblems(ref.key, ref.values)).toEqual([]);
      }
    }
  });

  it('supervisor writes: offline and unknown outcome for every write, wrapping keyed and unkeyed errors', () => {
    const writes: WriteWhat[] = [
      'the cancellation',
      'the return',
      'the completion',
      'the new order',
      'the update',
      'approving the cancellation',
      'rejecting the cancellation',
    ];
    const cut = transportError(contexts[0]!, systemError('ECONNRESET'), limits);
    const unkeyed = new ApiError({ kind: 'timeout', method: 'POST', path: '/x', message: 'No answer.' });
    expectKeyed(
      writes.flatMap((what) => [
        needsApiOnline(what, 'ORD1').toInfo(),
        unknownOutcome(what, 'ORD1', cut).toInfo(),
        unknownOutcome(what, 'ORD1', unkeyed).toInfo(),
      ]),
    );
  });

  it('returns bench: every refusal, offline or not', () => {
    const refusals = RETURN_REFUSALS.flatMap((refusal) =>
      [true, false].map((offline) =>
        refusalKey({
          found: false,
          refusal,
          code: 'AWB1',
          orderCode: refusal === 'unknown' ? null : 'ORD1',
          status: refusal === 'wrong_status' ? 'packed' : refusal === 'unknown' ? null : 'returned',
          recordedAt: null,
          offline,
          message: '',
        }),
      ),
    );
    expect(refusals.flatMap((r) => keyProblems(r.key, r.values))).toEqual([]);
  });

  it('pack flow, outbox and the IPC edge', () => {
    const unreadable = badResponse(contexts[0]!, 200, 'a truncated reply').toInfo('set_packed');
    const settled = ORDER_STATUSES.flatMap((status) =>
      (['set_process', 'set_packed', 'ship', 'mark_printed', 'return'] as const).flatMap((kind) => {
        const entry = outboxEntry({ kind });
        return (['conflict', 'unknown'] as const).map((reason) =>
          settle({ entry, orderEntries: [entry], status, reason }),
        );
      }),
    );
    const scan = scanCodeSchema.safeParse('ORD\u00a01');
    const shape = scanCodeSchema.safeParse(42);
    expect(scan.success || shape.success).toBe(false);
    expectKeyed([
      stepOutcomeUnknown(unreadable, 'set_packed'),
      stepOutcomeUnknown({ ...unreadable, messageKey: undefined }, 'set_process'),
      offlineInfo(),
      changedElsewhere('ORD1'),
      ...settled.flatMap((s) => ('error' in s && s.error ? [s.error] : [])),
      handlerErrorInfo(new Error('boom'), memoryLogger().log, 'flow:scan'),
      ...(scan.success ? [] : [invalidInputInfo('flow:scan', scan.error)]),
      ...(shape.success ? [] : [invalidInputInfo('flow:scan', shape.error)]),
      flowErrors.emptyScan(),
      flowErrors.unknownPickup(),
      flowErrors.pickupNoOrder(),
      flowErrors.nothingPrinted(),
      peopleErrors.packerRequired('ORD1'),
      peopleErrors.unknownBadge('B-1'),
      peopleErrors.retired('Ani'),
      peopleErrors.unknownPacker(),
      peopleErrors.badgeTaken('B-1', 'Ani'),
      peopleErrors.notABadge('B-'),
    ]);
    expect(settled.some((s) => 'error' in s && s.error)).toBe(true);
  });
});
