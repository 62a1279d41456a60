// The API address: origin plus the documented prefix, and credentials only ever to that origin.
import { describe, expect, it } from 'vitest';
import { endpointPath, endpointUrl, parseApiBase } from '../../src/main/api/api-url';
import { createOrdersClient } from '../../src/main/api/client';
import { isApiError } from '../../src/main/api/errors';
import { readLaunchOptions } from '../../src/main/app/launch-options';
import { settingsPatchSchema } from '../../src/shared/ipc/settings';

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

describe('plain http', () => {
  it('is refused for any host but this computer, with words', () => {
    for (const raw of [
      'http://api.example.com',
      'http://10.0.0.5:8080',
      'http://192.168.1.2',
      'http://[::2]',
    ]) {
      let message = '';
      try {
        parseApiBase(raw);
      } catch (e) {
        message = e instanceof Error ? e.message : '';
      }
      expect(message, raw).toMatch(/plain http:\/\/ is only allowed for this computer/);
    }
    expect(
      thrownKind(() => createOrdersClient({ baseUrl: 'http://api.example.com', tenantId: 't', apiKey: 'k' })),
    ).toBe('invalid_input');
  });

  it('is accepted for loopback: 127.0.0.0/8, ::1 and localhost', () => {
    for (const raw of [
      'http://127.0.0.1:8080',
      'http://127.5.6.7',
      'http://[::1]:9',
      'http://localhost:3000',
    ]) {
      expect(parseApiBase(raw).apiBase, raw).toMatch(/\/api\/partner\/v1$/);
    }
  });

  it('the settings screen and the environment refuse it too', () => {
    const bad = settingsPatchSchema.safeParse({ apiUrl: 'http://orders.example.com' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/only allowed for this computer/);
    expect(settingsPatchSchema.safeParse({ apiUrl: 'http://127.0.0.1:5000' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ apiUrl: 'https://orders.example.com' }).success).toBe(true);
    expect(() => readLaunchOptions([], { PACKING_API_URL: 'http://orders.example.com' })).toThrow(
      /PACKING_API_URL cannot be used: plain http/,
    );
    expect(readLaunchOptions([], { PACKING_API_URL: 'http://localhost:5000' }).provisioning.apiUrl).toBe(
      'http://localhost:5000',
    );
  });
});
