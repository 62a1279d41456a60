// Reading one HTTP reply of the Orders API: the body (size-capped), the envelope, the typed data. Anything
// that is not the documented envelope becomes bad_response; HTTP errors keep the request_id when present.
import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { envelopeSchema } from '../../shared/orders';
import type { Envelope } from '../../shared/orders';
import { badResponse, describeIssues, httpError } from './error-mapping';
import type { CallContext, ReplyFacts } from './error-mapping';

/** Replies bigger than this are not API data (a list page of 100 orders is ~60 KB). */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

export interface Reply<T> {
  data: T;
  message: string;
  requestId: string | null;
  status: number;
}

type Parsed = { ok: true; envelope: Envelope } | { ok: false; what: string; json: unknown };

/** Stops a reply body we will not read; undici reports the abort as an 'error' nobody needs to see. */
export function discardBody(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Reads the body up to the cap; returns null when the cap is exceeded (the body is destroyed). */
export async function readCapped(body: Dispatcher.ResponseData['body'], cap: number): Promise<string | null> {
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

function parseEnvelope(text: string, contentType: string): Parsed {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<') || /html/i.test(contentType)) {
    return { ok: false, what: 'an HTML page instead of data', json: undefined };
  }
  if (trimmed === '') return { ok: false, what: 'an empty reply', json: undefined };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, what: 'incomplete or broken JSON', json: undefined };
  }
  const result = envelopeSchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      what: `the reply has the wrong shape (${describeIssues(result.error.issues)})`,
      json,
    };
  }
  return { ok: true, envelope: result.data };
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
    throw badResponse(ctx, status, 'a reply far larger than any API data');
  }
  const parsed = parseEnvelope(text, headerValue(headers['content-type']) ?? '');
  const facts: ReplyFacts = parsed.ok
    ? {
        requestId: parsed.envelope.request_id ?? headerRequestId,
        apiMessage: parsed.envelope.message ?? null,
        fieldErrors: parsed.envelope.errors ?? undefined,
      }
    : looseFacts(parsed.json, headerRequestId);
  if (status < 200 || status >= 300) throw httpError(ctx, status, facts);
  if (!parsed.ok) throw badResponse(ctx, status, parsed.what, facts);
  const envelope = parsed.envelope;
  // Some gateways answer 200 with the real status inside the envelope.
  if (typeof envelope.status === 'number' && envelope.status >= 400)
    throw httpError(ctx, envelope.status, facts);
  let data: T | null = null;
  if (schema) {
    const result = schema.safeParse(envelope.data);
    if (!result.success) {
      const words = describeIssues(result.error.issues, 'data');
      throw badResponse(ctx, status, `the data has the wrong shape (${words})`, facts);
    }
    data = result.data;
  }
  return { data, message: envelope.message ?? '', requestId: facts.requestId, status };
}
