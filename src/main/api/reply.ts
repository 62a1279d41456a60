// Reading one HTTP reply of the Orders API: the body (size-capped), the envelope, the typed data. Anything
// that is not the documented envelope becomes bad_response; HTTP errors keep the request_id when present.
import type { Dispatcher } from 'undici';
import type { ApiError } from './errors';
import { z } from 'zod';
import { envelopeSchema } from '../../shared/orders';
import type { Envelope } from '../../shared/orders';
import { badResponse, describeIssues, httpError, lowLevelCode, seconds } from './error-mapping';
import type { CallContext, ReplyFacts } from './error-mapping';

/** Replies bigger than this are not API data (a list page of 100 orders is ~60 KB). */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

export interface Reply<T> {
  data: T;
  message: string;
  requestId: string | null;
  status: number;
}

/** Stops a reply body we will not read; undici reports the abort as an 'error' nobody needs to see. */
export function discardBody(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Reads the body up to the cap; returns null when the cap is exceeded (the body is destroyed). */
export function readCapped(
  body: Dispatcher.ResponseData['body'],
  cap: number,
  declaredLength?: string | string[],
): Promise<string | null> {
  // Fast path: a declared length within the cap lets undici read the body in one go (the HTTP parser
  // stops at the declared length, so the cap holds); only a body of unknown length is counted.
  const declared = typeof declaredLength === 'string' ? Number(declaredLength) : NaN;
  if (Number.isFinite(declared)) {
    if (declared > cap) {
      discardBody(body);
      return Promise.resolve(null);
    }
    return body.text();
  }
  return readCounted(body, cap);
}

async function readCounted(body: Dispatcher.ResponseData['body'], cap: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > cap) {
      discardBody(body);
      return null;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** The body as JSON, or in words why it is not. */
function readJson(
  text: string,
  contentType: string,
): { ok: true; json: unknown } | { ok: false; what: string } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<') || /html/i.test(contentType)) {
    return { ok: false, what: 'an HTML page instead of data' };
  }
  if (trimmed === '') return { ok: false, what: 'an empty reply' };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, what: 'incomplete or broken JSON' };
  }
}

// Envelope and data validated in one pass on the common path, by zod's compiled fast path (z.compile): a
// valid reply skips the interpreter's per-field dispatch and allocation (most of the client's cost on a
// 100-row page); anything else falls back to the same schema's runtime parser, so results and issues are
// the same. A schema zod cannot compile stays as it is.
const envelopeOnly = z.compile(envelopeSchema);
const withEnvelopeCache = new WeakMap<z.ZodType, z.ZodType>();
/** The compiled envelope+data schema the client validates a reply with (null: envelope only). */
export function replySchema(schema: z.ZodType | null): z.ZodType {
  if (!schema) return envelopeOnly;
  let combined = withEnvelopeCache.get(schema);
  if (!combined) {
    combined = z.compile(envelopeSchema.extend({ data: schema }));
    withEnvelopeCache.set(schema, combined);
  }
  return combined;
}

function factsOf(envelope: Envelope, headerRequestId: string | null): ReplyFacts {
  return {
    requestId: envelope.request_id ?? headerRequestId,
    apiMessage: envelope.message ?? null,
    fieldErrors: envelope.errors ?? undefined,
  };
}

/** Some gateways answer 200 with the real status inside the envelope. */
function envelopeErrorStatus(envelope: Envelope): number | null {
  return typeof envelope.status === 'number' && envelope.status >= 400 ? envelope.status : null;
}

/**
 * A 2xx whose envelope carries an error status. A 4xx inside is the API's answer (404, 409, 422); a 5xx
 * inside means the server answered without doing the job or saying why: an unreadable answer (for a
 * write the outcome is unknown), never "the API cannot be reached".
 */
function innerError(ctx: CallContext, httpStatus: number, inner: number, facts: ReplyFacts): ApiError {
  if (inner < 500) return httpError(ctx, inner, facts);
  const said = facts.apiMessage ? `: "${facts.apiMessage}"` : '';
  return badResponse(ctx, httpStatus, `HTTP ${httpStatus} with an error inside (${inner}${said})`, facts);
}

/** Best effort on a reply that is not a clean envelope: request_id, message and field errors. */
function looseFacts(json: unknown, headerRequestId: string | null): ReplyFacts {
  const facts: ReplyFacts = { requestId: headerRequestId, apiMessage: null };
  if (typeof json !== 'object' || json === null) return facts;
  const record = json as Record<string, unknown>;
  if (typeof record.request_id === 'string') facts.requestId = record.request_id;
  if (typeof record.message === 'string') facts.apiMessage = record.message;
  if (typeof record.errors === 'object' && record.errors !== null) {
    const fields: Record<string, string[]> = {};
    for (const [field, value] of Object.entries(record.errors)) {
      if (Array.isArray(value)) fields[field] = value.map(String);
      else if (typeof value === 'string') fields[field] = [value];
    }
    facts.fieldErrors = fields;
  }
  return facts;
}

/**
 * The body of an answer that had begun (status and headers came) broke off or stalled: an unreadable
 * answer, keeping the headers' X-Request-Id. A write's outcome is unknown (the outbox asks tracking).
 */
export function brokenBody(
  ctx: CallContext,
  status: number,
  headers: Dispatcher.ResponseData['headers'],
  cause: unknown,
  bodyMs: number,
  deadlineMs: number,
): ApiError {
  const facts = { requestId: headerValue(headers['x-request-id']), apiMessage: null };
  if (status >= 400) return httpError(ctx, status, facts);
  const code = lowLevelCode(cause);
  const what =
    code === 'UND_ERR_BODY_TIMEOUT'
      ? `it began (HTTP ${status}) and then stalled for ${seconds(bodyMs)}`
      : code
        ? `it began (HTTP ${status}) and then broke off (${code})`
        : `it began (HTTP ${status}) and was not complete within ${seconds(deadlineMs)}`;
  const err = badResponse(ctx, status, what, facts);
  return err.with({ networkCode: code ?? 'DEADLINE', cause });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

/**
 * Interprets a complete reply. `schema` validates `data` (null: a write whose data is ignored).
 * Throws ApiError for HTTP errors, unreadable bodies and wrong shapes.
 */
export function interpretReply<T>(
  ctx: CallContext,
  status: number,
  headers: Dispatcher.ResponseData['headers'],
  text: string | null,
  schema: z.ZodType<T> | null,
): Reply<T | null> {
  const headerRequestId = headerValue(headers['x-request-id']);
  if (text === null) {
    if (status >= 400) throw httpError(ctx, status, { requestId: headerRequestId, apiMessage: null });
    throw badResponse(ctx, status, 'a reply far larger than any API data', {
      requestId: headerRequestId,
      apiMessage: null,
    });
  }
  const read = readJson(text, headerValue(headers['content-type']) ?? '');
  const success = status >= 200 && status < 300;
  if (success && read.ok) {
    const full = replySchema(schema).safeParse(read.json);
    if (full.success) {
      const envelope = full.data as Envelope;
      const requestId = envelope.request_id ?? headerRequestId;
      const inner = envelopeErrorStatus(envelope);
      if (inner !== null) throw innerError(ctx, status, inner, factsOf(envelope, headerRequestId));
      const data = schema ? (envelope.data as T) : null;
      return { data, message: envelope.message ?? '', requestId, status };
    }
  }
  // Something is wrong: find out what, keeping whatever request_id and messages the body has.
  const envelope = read.ok ? envelopeSchema.safeParse(read.json) : null;
  const facts = envelope?.success
    ? factsOf(envelope.data, headerRequestId)
    : looseFacts(read.ok ? read.json : undefined, headerRequestId);
  if (!success) throw httpError(ctx, status, facts);
  if (!read.ok) throw badResponse(ctx, status, read.what, facts);
  if (!envelope?.success) {
    const words = describeIssues(envelope?.error.issues ?? [], '', read.json);
    throw badResponse(ctx, status, `the reply has the wrong shape (${words})`, facts);
  }
  const inner = envelopeErrorStatus(envelope.data);
  if (inner !== null) throw innerError(ctx, status, inner, facts);
  const result = schema ? schema.safeParse(envelope.data.data) : null;
  const words =
    result && !result.success ? describeIssues(result.error.issues, 'data', envelope.data.data) : 'unknown';
  throw badResponse(ctx, status, `the data has the wrong shape (${words})`, facts);
}
