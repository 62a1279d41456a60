// `npm run test:unit`: every vitest project this machine can run, then the plain truth about the rest.
// A project that could not run is named with the reason and the run exits non-zero, so nothing passes
// by omission. Extra arguments go to vitest (e.g. a file filter).
import { spawn } from 'node:child_process';
import { PROJECTS, unrunnable } from './test-needs';

async function main(): Promise<number> {
  const skipped = await unrunnable();
  const runnable = PROJECTS.filter((p) => !skipped.has(p));
  for (const [project, why] of skipped) console.warn(`${project}: not run — ${why}`);
  const args = ['vitest', 'run', ...runnable.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npx', args, { stdio: 'inherit' });
    child.once('error', (err) => {
      console.error(`could not start vitest: ${err.message}`);
      resolve(1);
    });
    child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  if (skipped.size === 0) return code;
  console.error(`\nRan ${runnable.join(', ')}; NOT run:`);
  for (const [project, why] of skipped) console.error(`  ${project}: not run — ${why}`);
  return code === 0 ? 1 : code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
