// The API address: origin plus the documented prefix, and credentials only ever to that origin.
import { describe, expect, it } from 'vitest';
import { endpointPath, endpointUrl, parseApiBase } from '../../src/main/api/api-url';
import { createOrdersClient } from '../../src/main/api/client';
import { isApiError } from '../../src/main/api/errors';

function thrownKind(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isApiError(e) ? e.kind : 'untyped';
  }
  return 'none';
}

describe('parseApiBase', () => {
  it('accepts the origin with or without the prefix and a trailing slash', () => {
    for (const raw of [
      'https://api.example.com',
      'https://api.example.com/',
      'https://api.example.com/api/partner/v1/',
    ]) {
      expect(parseApiBase(raw)).toEqual({
        origin: 'https://api.example.com',
        apiBase: 'https://api.example.com/api/partner/v1',
      });
    }
    expect(parseApiBase('http://127.0.0.1:8080').apiBase).toBe('http://127.0.0.1:8080/api/partner/v1');
  });

  it('refuses other schemes, other paths, credentials in the URL and junk', () => {
    for (const raw of ['ftp://h', 'https://h/other', 'https://u:p@h', 'https://h/?x=1', 'not a url']) {
      expect(thrownKind(() => parseApiBase(raw))).toBe('invalid_input');
    }
    expect(thrownKind(() => createOrdersClient({ baseUrl: 'https://h/x', tenantId: 't', apiKey: 'k' }))).toBe(
      'invalid_input',
    );
  });
});

describe('endpointUrl', () => {
  const base = parseApiBase('https://api.example.com');
  it('builds URLs under the prefix', () => {
    expect(endpointUrl(base, 'GET', '/orders/5/detail').toString()).toBe(
      'https://api.example.com/api/partner/v1/orders/5/detail',
    );
  });
  it('refuses a path that would climb out of the prefix or leave the origin', () => {
    expect(thrownKind(() => endpointUrl(base, 'GET', '/../../evil'))).toBe('internal');
    expect(thrownKind(() => endpointUrl(base, 'GET', '@evil.example.com/x'))).toBe('internal');
  });
});

describe('endpointPath', () => {
  const base = parseApiBase('https://api.example.com');
  it('prefixes the plain paths the client builds without parsing a URL', () => {
    expect(endpointPath(base, 'GET', '/orders/5/detail')).toBe('/api/partner/v1/orders/5/detail');
    expect(endpointPath(base, 'POST', '/orders/fulfillment/set-process-packed')).toBe(
      '/api/partner/v1/orders/fulfillment/set-process-packed',
    );
  });
  it('sends anything else through the URL checks', () => {
    expect(endpointPath(base, 'GET', '/orders?page=2')).toBe('/api/partner/v1/orders?page=2');
    expect(endpointPath(base, 'GET', '/orders/./5')).toBe('/api/partner/v1/orders/5');
    for (const path of ['/../../evil', '@evil.example.com/x', '/orders/../../../x']) {
      expect(thrownKind(() => endpointPath(base, 'GET', path))).toBe('internal');
    }
  });
});
