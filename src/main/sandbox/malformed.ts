// Malformed replies on purpose, one endpoint at a time: the route runs (a write is applied), then its
// reply is replaced by something a client cannot read — an HTML page with 200, truncated JSON, the right
// envelope with wrong types, a 200 carrying an error envelope, a 20 MB body, or headers followed by a
// body that stalls. The label origin can serve an HTML page or a 12 MB file instead of the PDF.
// Each mode stays until it is cleared (a client retrying a read must meet it every time).
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const MALFORMED_ENDPOINTS = {
  detail: /\/orders\/\d+\/detail$/,
  set_process: /\/fulfillment\/set-process$/,
  set_packed: /\/fulfillment\/set-packed$/,
  shipping_label: /\/fulfillment\/shipping-label$/,
  ship: /\/fulfillment\/ship$/,
  tracking: /\/orders\/tracking$/,
} as const;
export type MalformedEndpoint = keyof typeof MALFORMED_ENDPOINTS;

export const MALFORMED_SHAPES = [
  'html',
  'truncated',
  'wrong_types',
  'error_envelope',
  'huge',
  'stall',
] as const;
export type MalformedShape = (typeof MALFORMED_SHAPES)[number];

export const LABEL_FILE_FAULTS = ['html', 'huge'] as const;
export type LabelFileFault = (typeof LABEL_FILE_FAULTS)[number];

const endpointNames = Object.keys(MALFORMED_ENDPOINTS) as [MalformedEndpoint, ...MalformedEndpoint[]];
export const malformedSettingsSchema = z
  .object({
    /** endpoint → shape; null clears that endpoint. */
    replies: z.partialRecord(z.enum(endpointNames), z.enum(MALFORMED_SHAPES).nullable()).optional(),
    label_file: z.enum(LABEL_FILE_FAULTS).nullable().optional(),
  })
  .strict();
export type MalformedSettings = z.infer<typeof malformedSettingsSchema>;

const HUGE_API_BYTES = 20 * 1024 * 1024;
const HUGE_LABEL_BYTES = 12 * 1024 * 1024;
const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1>' +
  '<form action="/login"><input name="user"></form></body></html>';

export class Malformed {
  private readonly replies = new Map<MalformedEndpoint, MalformedShape>();
  private labelFault: LabelFileFault | null = null;
  private readonly stalled = new Set<Readable>();

  update(input: MalformedSettings): { replies: Record<string, MalformedShape>; label_file: string | null } {
    for (const [endpoint, shape] of Object.entries(input.replies ?? {})) {
      const name = endpoint as MalformedEndpoint;
      if (shape) this.replies.set(name, shape);
      else this.replies.delete(name);
    }
    if (input.label_file !== undefined) this.labelFault = input.label_file;
    return this.view();
  }

  view(): { replies: Record<string, MalformedShape>; label_file: string | null } {
    return { replies: Object.fromEntries(this.replies), label_file: this.labelFault };
  }

  /** onSend of the API: the reply of a faulted endpoint, replaced (the route already ran). */
  replace(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const shape = this.shapeFor(request.url.split('?')[0] ?? '');
    if (!shape) return payload;
    const json = 'application/json; charset=utf-8';
    reply.code(200);
    switch (shape) {
      case 'html':
        reply.type('text/html; charset=utf-8');
        return HTML_PAGE;
      case 'truncated': {
        reply.type(json);
        const text = typeof payload === 'string' ? payload : '{"status":200,"message":"Ok","data":{}}';
        return text.slice(0, Math.max(10, Math.floor(text.length / 2)));
      }
      case 'wrong_types':
        reply.type(json);
        return JSON.stringify(wrongTypes(parse(payload), request.id));
      case 'error_envelope':
        reply.type(json);
        return JSON.stringify({
          status: 500,
          message: 'Internal Server Error',
          data: null,
          errors: null,
          request_id: request.id,
        });
      case 'huge':
        reply.type(json);
        return hugeJson(HUGE_API_BYTES);
      case 'stall':
        reply.type(json);
        return this.stallingBody('{"status":200,"message":"Ok","data":');
    }
  }

  /** The label origin's fault, or null to serve the PDF. */
  labelFile(reply: FastifyReply): string | Buffer | null {
    if (this.labelFault === 'html') {
      reply.code(200).type('text/html; charset=utf-8');
      return HTML_PAGE;
    }
    if (this.labelFault === 'huge') {
      reply.code(200).type('application/pdf');
      const file = Buffer.alloc(HUGE_LABEL_BYTES, 0x20);
      file.write('%PDF-1.7\n');
      return file;
    }
    return null;
  }

  /** Ends every stalled body (the sandbox is closing). */
  releaseAll(): void {
    for (const body of this.stalled) body.destroy();
    this.stalled.clear();
  }

  private shapeFor(path: string): MalformedShape | null {
    for (const [endpoint, shape] of this.replies) {
      if (MALFORMED_ENDPOINTS[endpoint].test(path)) return shape;
    }
    return null;
  }

  /** Headers and the first bytes go out, then nothing until the client gives up. */
  private stallingBody(start: string): Readable {
    const body = new Readable({ read: () => undefined });
    body.push(start);
    this.stalled.add(body);
    body.once('close', () => this.stalled.delete(body));
    return body;
  }
}

function parse(payload: unknown): unknown {
  try {
    return typeof payload === 'string' ? JSON.parse(payload) : null;
  } catch {
    return null;
  }
}

/** Every field of `data` (or the envelope's own, when data is not an object) given the wrong type. */
function wrongTypes(body: unknown, requestId: string): Record<string, unknown> {
  const envelope = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const data = envelope.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const flipped = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, flip(v)]));
    return { ...envelope, data: flipped, request_id: requestId };
  }
  return { status: true, message: 404, data: 'none', errors: 'none', request_id: requestId };
}

function flip(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return 'none';
  if (value === null) return { value: null };
  return 7;
}

function hugeJson(bytes: number): Buffer {
  const head = '{"status":200,"message":"Ok","data":"';
  const body = Buffer.alloc(bytes, 0x78);
  body.write(head);
  body.write('"}', bytes - 2);
  return body;
}
