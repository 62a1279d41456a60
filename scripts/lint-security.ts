// `npm run lint:security`: Electronegativity over the build (main, preload and renderer bundles: what
// ships), assuming the pinned Electron version; exits non-zero on any HIGH or MEDIUM finding.
// It runs offline: the tool's look-ups of translations and of Electron releases fail and it carries on.
// Called through the tool's own programmatic entry (its `main`), not its CLI's `-o report.csv`: the CLI
// writes the CSV header and the rows with two concurrent async writes, so the report can lose rows.
// Needs `npm run build` first (npm test runs it right after the build). `tsx scripts/lint-security.ts DIR`
// scans another directory (the tests use it on fixtures).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import {
  blockingErrors,
  blockingFindings,
  describeFinding,
  toFindings,
  type ScanError,
} from './security-findings';

const root = resolve(import.meta.dirname, '..');
const input = process.argv[2] ? resolve(process.argv[2]) : join(root, 'out');

function fail(message: string): never {
  console.error(`lint:security: ${message}`);
  process.exit(1);
}

function pinnedElectronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.electron ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    fail(`electron is not pinned to an exact version (${version || 'absent'}).`);
  }
  return version;
}

interface ElectronegativityResult {
  issues: unknown;
  errors: ScanError[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<ElectronegativityResult>;

async function main(): Promise<void> {
  if (!process.argv[2]) {
    for (const built of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
      if (!existsSync(join(input, built))) fail(`out/${built} is missing: run \`npm run build\` first.`);
    }
  } else if (!existsSync(input)) fail(`${input} does not exist.`);
  const electronVersion = pinnedElectronVersion();
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
  const result = await run(
    { input, isRelative: true, isVerbose: false, electronVersionOverride: electronVersion },
    false,
  );
  const findings = toFindings(result.issues);
  for (const f of findings) console.log(describeFinding(f));
  const unread = blockingErrors(result.errors ?? []);
  for (const e of unread) console.error(`could not analyse ${e.file}: ${e.message}`);
  const blocking = blockingFindings(findings);
  if (blocking.length > 0 || unread.length > 0) {
    fail(
      `${blocking.length} HIGH/MEDIUM finding(s) and ${unread.length} file(s) not analysed in ${input} ` +
        `(Electron ${electronVersion}).`,
    );
  }
  console.log(
    `lint:security: 0 HIGH/MEDIUM findings in ${input} (Electron ${electronVersion}; ` +
      `${findings.length} low or informational).`,
  );
}

main().catch((err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
