// The API's address: the configured origin plus the documented prefix (design.md §1 row 1). Credentials
// go only to this origin, so every URL the client builds is checked against it before sending.
import { isLoopbackHostname, PLAIN_HTTP_REFUSED } from '../../shared/api-origin';
import { ApiError } from './errors';

export const API_PREFIX = '/api/partner/v1';

export interface ApiBase {
  /** `https://host[:port]`, no trailing slash. */
  origin: string;
  /** `origin + /api/partner/v1`. */
  apiBase: string;
}

/** Why an address is refused: its words, and their key under apiErrors.badAddressWhy. */
const WHY = {
  notUrl: 'it is not a web address',
  notHttp: 'only http(s) works',
  plainHttp: PLAIN_HTTP_REFUSED,
  credentials: 'it must not contain a user name or password',
  query: 'it must not contain ? or #',
  path: `the path must be empty or ${API_PREFIX}`,
} as const;

function invalidBase(baseUrl: string, why: keyof typeof WHY): ApiError {
  return new ApiError({
    kind: 'invalid_input',
    method: 'CONFIG',
    path: '',
    retryable: false,
    message: `The Orders API address "${baseUrl}" is not usable: ${WHY[why]}. Use https://host[:port].`,
    key: { key: 'apiErrors.badAddress', values: { address: baseUrl, why, prefix: API_PREFIX } },
  });
}

/** Accepts `https://host[:port]` with or without a trailing `/api/partner/v1`; anything else is refused. */
export function parseApiBase(baseUrl: string): ApiBase {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw invalidBase(baseUrl, 'notUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidBase(baseUrl, 'notHttp');
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) throw invalidBase(baseUrl, 'plainHttp');
  if (url.username || url.password) throw invalidBase(baseUrl, 'credentials');
  if (url.search || url.hash) throw invalidBase(baseUrl, 'query');
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '' && path !== API_PREFIX) throw invalidBase(baseUrl, 'path');
  return { origin: url.origin, apiBase: url.origin + API_PREFIX };
}

/** The full URL of an endpoint below the prefix; throws if it would leave the API origin. */
export function endpointUrl(base: ApiBase, method: string, path: string): URL {
  const url = new URL(base.apiBase + path);
  if (url.origin !== base.origin || !url.pathname.startsWith(API_PREFIX + '/')) {
    throw new ApiError({
      kind: 'internal',
      method,
      path,
      retryable: false,
      message: 'The station refused to send the API key to another address.',
      key: { key: 'apiErrors.keyElsewhere' },
    });
  }
  return url;
}

/** Our own paths: segments of letters, digits, `_` and `-` only (no dots, escapes, query or authority). */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_-]+)+$/;

/**
 * The request path (prefix included) of an endpoint, to send to `base.origin` and nowhere else. A plain
 * path (all the client builds) needs no URL parse; anything else goes through endpointUrl's checks.
 */
export function endpointPath(base: ApiBase, method: string, path: string): string {
  if (PLAIN_PATH.test(path)) return API_PREFIX + path;
  const url = endpointUrl(base, method, path);
  return url.pathname + url.search;
}
