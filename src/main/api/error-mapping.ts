// Turns what went wrong on the wire into an ApiError with words a packer can read. The English message of
// the API is shown as given, never parsed: the station branches on kind, HTTP status and fields only.
// Each message has the renderer's key (apiErrors.*) with the order, status, seconds… as values; the API's
// own words travel as a value (`apiMessage`), untranslated.
import type { z } from 'zod';
import type { MessageRef } from '../../shared/errors';
import { ApiError } from './errors';

/** Who a message is about: an order by code, by id, the order list. */
export type CallSubject = { code: string } | { id: number } | 'list';

/** What the error is about, for messages: method, path and the order in question. */
export interface CallContext {
  method: string;
  path: string;
  /** The order (or list) the call is about: "Order ORD123", "Order #5". */
  subject?: CallSubject;
  /** Who answered, for messages: the Orders API unless it is the label server. */
  service?: 'label server';
}

function subjectWords(subject: CallSubject | undefined): string {
  if (subject === undefined) return 'The order';
  if (subject === 'list') return 'The order list';
  return 'code' in subject ? `Order ${subject.code}` : `Order #${subject.id}`;
}

/** The subject as values: `subject` picks apiErrors.subject.<form>, with the code or id it names. */
function subjectValues(subject: CallSubject | undefined): Record<string, string | number> {
  if (subject === undefined) return { subject: 'any' };
  if (subject === 'list') return { subject: 'list' };
  return 'code' in subject
    ? { subject: 'order', code: subject.code }
    : { subject: 'orderId', id: subject.id };
}

function serviceValue(ctx: CallContext): string {
  return ctx.service ? 'labelServer' : 'api';
}

function ref(key: string, values: Record<string, string | number> = {}): MessageRef {
  return { key: `apiErrors.${key}`, values };
}

/** The parts of a reply body we could read, even on errors. */
export interface ReplyFacts {
  requestId: string | null;
  apiMessage: string | null;
  fieldErrors?: Record<string, string[]>;
}

function who(ctx: CallContext): string {
  return ctx.service ?? 'Orders API';
}

/** Seconds as said in a message: "10", "2.5". */
export function secondsValue(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

export function seconds(ms: number): string {
  return `${secondsValue(ms)} s`;
}

export function httpError(ctx: CallContext, status: number, facts: ReplyFacts): ApiError {
  const base = { method: ctx.method, path: ctx.path, httpStatus: status, requestId: facts.requestId };
  const said = facts.apiMessage ? ` The API said: "${facts.apiMessage}".` : '';
  const saidKey = facts.apiMessage ? 'Said' : '';
  const apiMessage: Record<string, string> = facts.apiMessage ? { apiMessage: facts.apiMessage } : {};
  const subject = subjectWords(ctx.subject);
  const about = { ...subjectValues(ctx.subject), ...apiMessage };
  if (status === 401) {
    return new ApiError({
      ...base,
      kind: 'auth',
      message: 'The Orders API refused the API key (401).',
      key: ref('authKey'),
    });
  }
  if (status === 403) {
    return new ApiError({
      ...base,
      kind: 'auth',
      message: 'The Orders API refused the tenant ID for this API key (403).',
      key: ref('authTenant'),
    });
  }
  if (status === 404) {
    return new ApiError({
      ...base,
      kind: 'not_found',
      message: `${subject} is not known to the API.`,
      key: ref('notFound', about),
    });
  }
  if (status === 409) {
    return new ApiError({
      ...base,
      kind: 'conflict',
      message: `${subject} is not in a status that allows this step.${said}`,
      key: ref(`conflict${saidKey}`, about),
    });
  }
  if (status === 400 || status === 422) {
    const fields = facts.fieldErrors ?? {};
    const list = Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
      .join('; ');
    return new ApiError({
      ...base,
      kind: 'validation',
      fieldErrors: fields,
      message: `The Orders API rejected the request${list ? ` (${list})` : ''}.${list ? '' : said}`,
      key: list ? ref('rejectedFields', { fields: list }) : ref(`rejected${saidKey}`, apiMessage),
    });
  }
  if (status === 429) {
    return new ApiError({
      ...base,
      kind: 'server',
      message: 'The Orders API is busy (too many requests). Try again in a moment.',
      key: ref('busy'),
    });
  }
  if (status >= 500) {
    return new ApiError({
      ...base,
      kind: 'server',
      message: `The Orders API had a problem on its side (HTTP ${status}).`,
      key: ref('server', { status }),
    });
  }
  return new ApiError({
    ...base,
    kind: 'bad_response',
    retryable: false,
    message: `The Orders API answered with an unexpected HTTP ${status}.${said}`,
    key: ref(`unexpected${saidKey}`, { status, ...apiMessage }),
  });
}

export function badResponse(ctx: CallContext, status: number, what: string, facts?: ReplyFacts): ApiError {
  return new ApiError({
    kind: 'bad_response',
    retryable: true,
    method: ctx.method,
    path: ctx.path,
    httpStatus: status,
    requestId: facts?.requestId ?? null,
    message: `The Orders API sent an answer the station cannot read: ${what}.`,
    key: ref('unreadable', { what }),
  });
}

/** Zod issues in words: "data.order_code is missing; data.url should be a string". At most three. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = '', input?: unknown): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'the reply';
    const missing = input !== undefined && valueAt(input, issue.path) === undefined;
    if (missing || (issue.code === 'invalid_type' && /received undefined/.test(issue.message))) {
      return `${where} is missing`;
    }
    if (issue.code === 'invalid_type') return `${where} should be ${article(issue.expected)}`;
    if (issue.code === 'invalid_union') return `${where} has an unexpected type`;
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return parts.join('; ') + more;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Each low-level code's words, and their key under apiErrors.why. */
const NETWORK_WORDS: Record<string, { words: string; why: string }> = {
  ENOTFOUND: { words: 'the server name could not be found (DNS)', why: 'dns' },
  EAI_AGAIN: { words: 'the server name could not be looked up (DNS)', why: 'dnsLookup' },
  ECONNREFUSED: { words: 'the connection was refused', why: 'refused' },
  ECONNRESET: { words: 'the connection was cut', why: 'cut' },
  EPIPE: { words: 'the connection was cut', why: 'cut' },
  UND_ERR_SOCKET: { words: 'the connection was cut', why: 'cut' },
  UND_ERR_CLOSED: { words: 'the connection was closed', why: 'closed' },
  ENETUNREACH: { words: 'the network is unreachable', why: 'network' },
  EHOSTUNREACH: { words: 'the server is unreachable', why: 'host' },
};

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/** The most specific low-level code: a system or TLS code in the cause chain beats undici's own. */
export function lowLevelCode(err: unknown): string | undefined {
  let found: string | undefined;
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') {
      if (!found || found.startsWith('UND_ERR_SOCKET')) found = code;
      if (!code.startsWith('UND_ERR')) return code;
    }
    current = current.cause;
  }
  return found;
}

export function isTlsCode(code: string): boolean {
  return /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|EPROTO)/.test(code);
}

export interface TimeoutLimits {
  headersMs: number;
  bodyMs: number;
  connectMs: number;
}

/** Maps a thrown transport error (undici, Node system error) onto network or timeout. */
export function transportError(ctx: CallContext, err: unknown, limits: TimeoutLimits): ApiError {
  const code = lowLevelCode(err) ?? 'UNKNOWN';
  const base = { method: ctx.method, path: ctx.path, networkCode: code, cause: err };
  if (TIMEOUT_CODES.has(code)) {
    const ms =
      code === 'UND_ERR_CONNECT_TIMEOUT'
        ? limits.connectMs
        : code === 'UND_ERR_BODY_TIMEOUT'
          ? limits.bodyMs
          : limits.headersMs;
    const connect = code === 'UND_ERR_CONNECT_TIMEOUT';
    const what = connect ? 'could not be reached' : 'did not answer';
    return new ApiError({
      ...base,
      kind: 'timeout',
      message: `The ${who(ctx)} ${what} within ${seconds(ms)}.`,
      key: ref(connect ? 'timeoutConnect' : 'timeout', {
        service: serviceValue(ctx),
        seconds: secondsValue(ms),
      }),
    });
  }
  const known = NETWORK_WORDS[code];
  const tls = isTlsCode(code);
  const words = tls
    ? `the secure connection failed (${code})`
    : (known?.words ?? `the connection failed (${code})`);
  const why = tls ? 'tls' : (known?.why ?? 'other');
  return new ApiError({
    ...base,
    kind: 'network',
    message: `Cannot reach the ${who(ctx)}: ${words}.`,
    key: ref('network', { service: serviceValue(ctx), why, code }),
  });
}

export function deadlineError(ctx: CallContext, deadlineMs: number, cause?: unknown): ApiError {
  return new ApiError({
    kind: 'timeout',
    method: ctx.method,
    path: ctx.path,
    networkCode: 'DEADLINE',
    cause,
    message: `The ${who(ctx)} did not answer within ${seconds(deadlineMs)}.`,
    key: ref('timeout', { service: serviceValue(ctx), seconds: secondsValue(deadlineMs) }),
  });
}

export function cancelledError(ctx: CallContext, cause?: unknown): ApiError {
  return new ApiError({
    kind: 'network',
    method: ctx.method,
    path: ctx.path,
    networkCode: 'UND_ERR_ABORTED',
    cause,
    message: `The request to the ${who(ctx)} was cancelled.`,
    key: ref('cancelled', { service: serviceValue(ctx) }),
  });
}
