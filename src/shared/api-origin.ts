// Which Orders API addresses a station may talk to: https anywhere, plain http only to this computer
// (loopback: 127.0.0.0/8, ::1, localhost), where nobody on the network can read the key in transit.
// Shared by the settings schema (the screen's words) and main's URL parser (the last gate before a send).

/** True for `localhost`, 127.x.x.x and ::1 (as URL.hostname spells them). */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return v4 !== null && v4.slice(1).every((n) => Number(n) <= 255) && Number(v4[1]) === 127;
}

export const PLAIN_HTTP_REFUSED =
  'plain http:// is only allowed for this computer (localhost, 127.0.0.1, ::1): the API key would cross the network unencrypted';

/** Null when the address may carry the key; else why not, in words. */
export function apiUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'it is not a web address';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'it must start with https://';
  return isLoopbackHostname(url.hostname) ? null : PLAIN_HTTP_REFUSED;
}
