import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../src/main/app/launch-options';

describe('launch options', () => {
  it('reads flags and values in both spellings', () => {
    const o = readLaunchOptions(['--kiosk', '--data-dir', 'rel/dir', '--port=5170'], {});
    expect(o).toMatchObject({
      kiosk: true,
      demo: false,
      dataDir: resolve('rel/dir'),
      port: 5170,
      provisioning: {},
    });
  });

  it('PACKING_DATA_DIR wins over --data-dir; PACKING_DEMO turns demo on', () => {
    const o = readLaunchOptions(['--data-dir=/a'], { PACKING_DATA_DIR: '/b', PACKING_DEMO: 'true' });
    expect(o.dataDir).toBe('/b');
    expect(o.demo).toBe(true);
    expect(readLaunchOptions([], { PACKING_DEMO: '0' }).demo).toBe(false);
  });

  it('collects provisioning, ignoring blanks', () => {
    const o = readLaunchOptions([], {
      PACKING_API_URL: ' https://api.example.com ',
      PACKING_TENANT_ID: 'T',
      PACKING_API_KEY: '  ',
      PACKING_PRINTER: 'CAPTURE',
    });
    expect(o.provisioning).toEqual({ apiUrl: 'https://api.example.com', tenantId: 'T', printer: 'CAPTURE' });
  });

  it('refuses a bad port or API URL with words', () => {
    expect(() => readLaunchOptions(['--port', 'abc'], {})).toThrow(/--port/);
    expect(() => readLaunchOptions([], { PACKING_API_URL: 'ftp://x' })).toThrow(/PACKING_API_URL/);
  });
});
