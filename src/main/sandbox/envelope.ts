// The API's reply envelope {status, message, data, errors, request_id} and the errors routes throw.
// Every reply, errors included, carries the request's own request_id.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

export interface Envelope {
  status: number | string;
  message: string;
  data: unknown;
  errors: FieldErrors | null;
  request_id: string;
}

/** A refusal a route throws; the error handler turns it into an envelope with this HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    readonly errors: FieldErrors | null = null,
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, `${what} not found`);
export const conflict = (message: string): ApiError => new ApiError(409, message);
export const invalid = (errors: FieldErrors): ApiError =>
  new ApiError(422, 'The given data was invalid.', errors);

export function envelope(request: FastifyRequest, status: number | string, message: string, data: unknown) {
  const body: Envelope = { status, message, data, errors: null, request_id: request.id };
  return body;
}

export function sendOk(
  request: FastifyRequest,
  reply: FastifyReply,
  message: string,
  data: unknown,
  httpStatus = 200,
) {
  return reply.code(httpStatus).send(envelope(request, httpStatus, message, data));
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: ApiError) {
  const body: Envelope = {
    status: error.httpStatus,
    message: error.message,
    data: null,
    errors: error.errors,
    request_id: request.id,
  };
  return reply.code(error.httpStatus).send(body);
}

/** zod issues → Laravel-style `{field: [messages]}`; a missing field reads "The x field is required." */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : 'body';
    const missing = issue.input === undefined && issue.code !== 'custom';
    const message = missing ? `The ${field} field is required.` : issue.message;
    (out[field] ??= []).push(message);
  }
  return out;
}

/** Parse a body with a zod schema, or throw a 422 with per-field errors. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  // reportInput lets a missing field read "is required" instead of a type complaint.
  const result = schema.safeParse(body ?? {}, { reportInput: true });
  if (!result.success) throw invalid(fieldErrors(result.error));
  return result.data;
}

/** The API's timestamp style: microseconds and Z, e.g. 2025-09-27T01:12:09.000000Z. */
export function apiTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function apiTimeOrNull(ms: number | null): string | null {
  return ms === null ? null : apiTime(ms);
}

export function money(amount: number): string {
  return amount.toFixed(2);
}
