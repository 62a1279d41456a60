// The walls hold: each fixture in test/lint-fixtures breaks one, and linting it through ESLint's Node API
// with the real eslint.config.js, as if it sat where it pretends to, fails with that wall's words. The
// same text in a place where the import is allowed passes, and so does a clean service.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** "ruleId: message" for each problem, linting `text` as the repository file `as`. */
async function lintAs(text: string, as: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${ROOT}${as}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const fixture = (name: string): Promise<string> => readFile(`${ROOT}test/lint-fixtures/${name}`, 'utf8');

describe('walls/imports', () => {
  it('electron: a service importing electron fails; the bootstrap, adapters and preload may', async () => {
    const text = await fixture('electron-in-service.ts');
    expect(await lintAs(text, 'src/main/outbox/fixture.ts')).toEqual([
      'walls/imports: `electron` is imported only by src/main/index.ts, src/main/electron/* and src/preload ' +
        '(electron: src/main/outbox/fixture.ts → electron)',
    ]);
    expect(await lintAs(text, 'src/main/electron/fixture.ts')).toEqual([]);
    expect(await lintAs(text, 'src/preload/fixture.ts')).toEqual([]);
    expect(await lintAs(text, 'src/main/index.ts')).toEqual([]);
  });

  it('ipcMain: only the IPC registration uses it', async () => {
    const text = await fixture('ipc-main-outside-registration.ts');
    const problems = await lintAs(text, 'src/main/electron/fixture.ts');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^no-restricted-imports: .*ipcMain belongs to the IPC registration/);
    expect(problems[1]).toBe(
      'no-restricted-syntax: ipcMain is used only by the IPC registration (src/main/electron/register-ipc.ts)',
    );
    expect(await lintAs(text, 'src/main/electron/register-ipc.ts')).toEqual([]);
  });

  it('shared: imports only itself and zod', async () => {
    expect(await lintAs(await fixture('shared-imports-main.ts'), 'src/shared/fixture.ts')).toEqual([
      'walls/imports: src/shared imports only itself and zod (shared: src/shared/fixture.ts → node:fs)',
      'walls/imports: src/shared imports only itself and zod ' +
        '(shared: src/shared/fixture.ts → src/main/outbox/types)',
    ]);
  });

  it('services: never the app root, a host or the sandbox; the app root may', async () => {
    const text = await fixture('service-imports-app-root.ts');
    const problems = await lintAs(text, 'src/main/outbox/fixture.ts');
    expect(problems.map((p) => /\((\S+): .* → (\S+)\)$/.exec(p)?.slice(1).join(' '))).toEqual([
      'services src/main/app/compose',
      'services src/main/host/web-server',
      'sandbox src/main/sandbox',
    ]);
    expect(await lintAs(text, 'src/main/app/fixture.ts')).toEqual([]);
  });

  it('services: no breach is tolerated; settings handlers lint clean by their own type', async () => {
    const text = await readFile(`${ROOT}src/main/settings/handlers.ts`, 'utf8');
    expect(await lintAs(text, 'src/main/settings/handlers.ts')).toEqual([]);
    const breach = "import type { Connection } from '../app/connection';\nexport type C = Connection;\n";
    expect((await lintAs(breach, 'src/main/settings/handlers.ts')).join('\n')).toContain(
      '(services: src/main/settings/handlers.ts → src/main/app/connection)',
    );
  });

  it('renderer: never src/main', async () => {
    expect(await lintAs(await fixture('renderer-imports-main.ts'), 'src/renderer/fixture.ts')).toEqual([
      'walls/imports: the renderer never imports from src/main (the contract is in src/shared) ' +
        '(renderer: src/renderer/fixture.ts → src/main/api/client)',
    ]);
  });

  it('src never imports tests or benchmarks', async () => {
    const problems = await lintAs(await fixture('src-imports-tests.ts'), 'src/main/fixture.ts');
    expect(problems).toEqual([
      'walls/imports: src never imports tests or benchmarks (src-tests: src/main/fixture.ts → test/support/sandbox)',
      'walls/imports: src never imports tests or benchmarks ' +
        '(src-tests: src/main/fixture.ts → benchmarks/workqueue-sync)',
    ]);
  });

  it('benchmarks take only test/support from the tests; tests never import benchmarks', async () => {
    expect(await lintAs(await fixture('benchmark-imports-test.ts'), 'benchmarks/fixture.ts')).toEqual([
      'walls/imports: benchmarks take from test/ only what is in test/support/ ' +
        '(benchmarks-tests: benchmarks/fixture.ts → test/e2e/harness)',
    ]);
    expect(await lintAs(await fixture('test-imports-benchmark.ts'), 'test/outbox/fixture.test.ts')).toEqual([
      'walls/imports: tests never import benchmarks (share helpers through test/support/) ' +
        '(tests-benchmarks: test/outbox/fixture.test.ts → benchmarks/workqueue-sync)',
    ]);
    expect(await lintAs(await fixture('support-imports-test.ts'), 'test/support/fixture.ts')).toEqual([
      'walls/imports: test/support is shared with the benchmarks: it imports no other test folder ' +
        '(support: test/support/fixture.ts → test/e2e/harness)',
    ]);
  });

  it('a service inside its walls passes', async () => {
    expect(await lintAs(await fixture('clean-service.ts'), 'src/main/outbox/fixture.ts')).toEqual([]);
  });
});

describe('max-lines', () => {
  const lines = (n: number): string =>
    Array.from({ length: n }, (_, i) => `export const line${i} = ${i};\n`).join('');

  it('a src file of 300 lines (as wc -l counts them) passes; 301 fails', async () => {
    expect(await lintAs(lines(300), 'src/main/outbox/fixture.ts')).toEqual([]);
    expect(await lintAs(lines(301), 'src/main/outbox/fixture.ts')).toEqual([
      'max-lines: File has too many lines (301). Maximum allowed is 300.',
    ]);
  });

  it('holds for src only', async () => {
    expect(await lintAs(lines(301), 'test/outbox/fixture.test.ts')).toEqual([]);
  });
});
