// A test file's name says which vitest project runs it (vitest.config.ts): whatever starts the sandbox,
// itself or through a helper, is a *.sandbox.test.ts (or *.cups.test.ts), and a *.sandbox.test.ts really
// does. So a file that needs more than Node never lands in `unit` by its name alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_DIR = join(ROOT, 'test/');
const SKIP = new Set(['e2e', 'lint-fixtures', 'fixtures']);
/** Starting the sandbox: in-process with arguments, or its CLI as a child process. */
const STARTS_SANDBOX = /\bstartSandbox(?:For)?\((?!\))|src\/main\/sandbox\/cli\.ts/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : testFiles(join(dir, e.name));
    return /\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = /\.tsx?$/.test(base) ? [base] : [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file)) ?? null;
}

const reaches = new Map<string, boolean>();

/** Whether the module, or a test helper it imports (transitively), starts the sandbox. */
function startsSandbox(file: string, seen = new Set<string>()): boolean {
  const known = reaches.get(file);
  if (known !== undefined) return known;
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]);
  const result =
    STARTS_SANDBOX.test(text) ||
    specs.some((spec) => {
      // Test helpers are followed; product code is not (the app root starts a sandbox only in demo mode,
      // which the host tests replace with fakes).
      const target = resolveImport(file, spec);
      return target !== null && target.startsWith(TEST_DIR) && startsSandbox(target, seen);
    });
  reaches.set(file, result);
  return result;
}

describe('vitest projects by file name', () => {
  const files = testFiles(join(ROOT, 'test')).map((f) => ({
    name: relative(ROOT, f),
    sandbox: startsSandbox(f),
  }));

  it('finds the test files and the sandbox starters', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => f.sandbox).length).toBeGreaterThan(10);
  });

  it('a file that starts the sandbox is named .sandbox.test.ts or .cups.test.ts', () => {
    const unnamed = files.filter((f) => f.sandbox && !/\.(sandbox|cups)\.test\.tsx?$/.test(f.name));
    expect(unnamed.map((f) => f.name)).toEqual([]);
  });

  it('a .sandbox.test.ts file does start the sandbox', () => {
    const needless = files.filter((f) => !f.sandbox && /\.sandbox\.test\.tsx?$/.test(f.name));
    expect(needless.map((f) => f.name)).toEqual([]);
  });
});
