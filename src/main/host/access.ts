// Who may use the browser host: a caller that knows this launch's random token (Authorization: Bearer),
// talking to 127.0.0.1:<port> by that name (no DNS rebinding), from our own origin (no cross-site calls).
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function newLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

export function bearerMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return false;
  const given = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `Host` must be exactly our loopback address and port. */
export function hostMatches(hostHeader: string | undefined, origin: string): boolean {
  return hostHeader !== undefined && hostHeader.toLowerCase() === new URL(origin).host;
}

/** POST requests must carry our Origin; GET (SSE) may omit it (same-origin GET), but not send another. */
export function originAllowed(originHeader: string | undefined, origin: string, required: boolean): boolean {
  if (originHeader === undefined) return !required;
  return originHeader === origin;
}
