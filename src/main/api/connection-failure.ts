// Settings → "Test connection": say exactly what failed (DNS, refused, TLS, timeout, key, tenant) from the
// ApiError's kind, HTTP status and low-level networkCode, so the operator knows what to fix.
import { innerValues } from '../errors/error-info';
import { isApiError } from './errors';
import { isTlsCode, lowLevelCode } from './error-mapping';

export type ConnectionFailureCause =
  'dns' | 'refused' | 'tls' | 'timeout' | 'auth_key' | 'auth_tenant' | 'other';

export interface ConnectionFailure {
  cause: ConnectionFailureCause;
  message: string;
  /** The renderer's key for `message` (apiErrors.test.<cause>) and its values. */
  messageKey: string;
  messageValues: Record<string, string | number>;
}

const MESSAGES: Record<ConnectionFailureCause, string> = {
  dns: 'The server name could not be found. Check the API address for typos, and the network.',
  refused: 'The server refused the connection. Check the address and port, or whether the API is running.',
  tls: 'The secure connection failed (certificate problem). Check the address, or the computer clock.',
  timeout: 'The server did not answer in time. Check the network, or try again later.',
  auth_key: 'The API key was refused. Copy the key again into Settings.',
  auth_tenant: 'The tenant ID was refused for this API key. Check the tenant ID in Settings.',
  other: 'The connection test failed.',
};

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'DEADLINE',
]);

function causeOf(err: unknown): ConnectionFailureCause {
  if (isApiError(err) && err.kind === 'auth') return err.httpStatus === 403 ? 'auth_tenant' : 'auth_key';
  const code = isApiError(err) ? (err.networkCode ?? lowLevelCode(err.cause)) : lowLevelCode(err);
  if (code) {
    if (DNS_CODES.has(code)) return 'dns';
    if (code === 'ECONNREFUSED') return 'refused';
    if (isTlsCode(code)) return 'tls';
    if (TIMEOUT_CODES.has(code)) return 'timeout';
  }
  if (isApiError(err) && err.kind === 'timeout') return 'timeout';
  return 'other';
}

export function describeConnectionFailure(err: unknown): ConnectionFailure {
  const cause = causeOf(err);
  const messageKey = `apiErrors.test.${cause}`;
  if (cause !== 'other') return { cause, message: MESSAGES[cause], messageKey, messageValues: {} };
  const detail = err instanceof Error && err.message ? ` ${err.message}` : '';
  if (!detail) return { cause, message: MESSAGES.other, messageKey, messageValues: {} };
  const inner = isApiError(err) ? err.toInfo() : { message: err instanceof Error ? err.message : '' };
  return {
    cause,
    message: `${MESSAGES.other}${detail}`,
    messageKey: 'apiErrors.test.otherDetail',
    messageValues: innerValues(inner),
  };
}
