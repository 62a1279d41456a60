// Every message key main names in its source has a text in English and in Bahasa Indonesia, and where the
// key and its values sit together in the source, the values cover every {{placeholder}} of both texts.
// (The keys built at run time are checked by calling their factories: main-error-factories.test.ts.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyProblems, LANGUAGES, missingTexts } from './key-check';

const ROOT = join(__dirname, '..', '..');
const NAMESPACES =
  '(?:apiErrors|printerErrors|stationErrors|outboxErrors|supervisorErrors|benchErrors|flowErrors|people\\.errors|scanProblem)';
const FULL_KEY = new RegExp(`'(${NAMESPACES}\\.[\\w.]+)'`, 'g');
const KEY_PREFIX = new RegExp('`(' + NAMESPACES + '\\.[\\w.]*)\\$\\{', 'g');
/** Files whose helper takes the last part of a key: helper(… 'name' …) → prefix + name. */
const HELPERS: { file: string; call: RegExp; prefix: string }[] = [
  { file: 'src/main/api/error-mapping.ts', call: /\bref\('(\w+)'/g, prefix: 'apiErrors.' },
  { file: 'src/main/printing/cups-errors.ts', call: /\bkey\('(\w+)'/g, prefix: 'printerErrors.' },
  { file: 'src/main/api/label-download.ts', call: /\n\s*'(\w+)',?\n/g, prefix: 'apiErrors.label.' },
  {
    file: 'src/main/api/label-download.ts',
    call: /labelError\([^;]*?, '(\w+)'/g,
    prefix: 'apiErrors.label.',
  },
  { file: 'src/main/video/clip-store.ts', call: /refuse\([^;]*?, '(\w+)'/g, prefix: 'benchErrors.clip.' },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'sandbox' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'src', 'main')), join(ROOT, 'src', 'shared', 'ipc', 'scan-code.ts')];
const text = new Map(files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]));

/** The property names of the `values: { … }` right after a key, or null when there is none or a spread. */
function valuesAfter(source: string, at: number): string[] | null {
  const rest = source.slice(at, at + 400);
  const start = rest.indexOf('values: {');
  // Only a `values` that belongs to this key: right after it, before any other key.
  if (start < 0 || start > 40) return null;
  let depth = 0;
  let end = start + 'values: '.length;
  for (; end < rest.length; end++) {
    if (rest[end] === '{') depth++;
    if (rest[end] === '}' && --depth === 0) break;
  }
  const body = rest.slice(start + 'values: {'.length, end);
  if (body.includes('...')) return null;
  return [...body.matchAll(/(?:^|,)\s*(\w+)\s*(?=[:,]|$)/g)].map((p) => p[1] ?? '');
}

describe("main's message keys", () => {
  const literal = [...text].flatMap(([file, source]) =>
    [...source.matchAll(FULL_KEY)].map((m) => ({
      file,
      key: m[1] ?? '',
      values: valuesAfter(source, m.index ?? 0),
    })),
  );

  it('are found in the source (the scan itself works)', () => {
    expect(literal.length).toBeGreaterThan(60);
  });

  it('each key named in full has a text in English and Bahasa Indonesia', () => {
    const problems = literal.flatMap(({ file, key }) => missingTexts(key).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('each key written with its values gets every placeholder its texts use', () => {
    const withValues = literal.filter((l) => l.values !== null);
    expect(withValues.length).toBeGreaterThan(20);
    const problems = withValues.flatMap(({ file, key, values }) => {
      const given = Object.fromEntries((values ?? []).map((v) => [v, `{{${v}}}`]));
      return keyProblems(key, given).map((p) => `${file}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('each key built from a prefix names an existing group of texts', () => {
    const prefixes = [...text].flatMap(([file, source]) =>
      [...source.matchAll(KEY_PREFIX)].map((m) => ({ file, prefix: m[1] ?? '' })),
    );
    expect(prefixes.length).toBeGreaterThan(3);
    for (const { file, prefix } of prefixes) {
      for (const texts of Object.values(LANGUAGES)) {
        expect(
          [...texts.keys()].some((k) => k.startsWith(prefix)),
          `${file}: ${prefix}…`,
        ).toBe(true);
      }
    }
  });

  it("each key a helper completes (ref('…'), key('…'), labelError(…, '…')) has both texts", () => {
    const problems: string[] = [];
    let found = 0;
    for (const { file, call, prefix } of HELPERS) {
      for (const m of (text.get(file) ?? '').matchAll(call)) {
        const name = m[1] ?? '';
        // ref('conflict${…}') style suffixes are checked through the factories.
        found++;
        for (const [lang, texts] of Object.entries(LANGUAGES)) {
          if (!texts.has(`${prefix}${name}`)) problems.push(`${lang}: ${file}: no text for ${prefix}${name}`);
        }
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
