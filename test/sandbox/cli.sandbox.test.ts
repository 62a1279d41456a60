import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

describe('sandbox CLI', () => {
  it('prints one line (API origin first, then credentials), serves, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main/sandbox/cli.ts',
        '--port',
        '0',
        '--orders',
        '5',
        '--tenant',
        'acme:acme-key',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', () => reject(new Error('the CLI exited before printing')));
      });
      const origin = /https?:\/\/[^\s]+/.exec(line)?.[0] ?? '';
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(line).toContain('acme');
      expect(line).toContain('acme-key');
      const res = await fetch(`${origin}/api/partner/v1/orders`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer acme-key',
          'x-tenant-id': 'acme',
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(((await res.json()) as { data: { total_data: number } }).data.total_data).toBe(5);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
