import { defineConfig } from 'vitest/config';

// Three projects by what a test needs, told by its file name (see scripts/run-tests.ts):
//   unit     *.test.ts(x)         nothing but Node (and jsdom for the renderer)
//   sandbox  *.sandbox.test.ts    the embedded Orders API sandbox, started in-process: runs anywhere
//   cups     *.cups.test.ts       a running CUPS with the CAPTURE, PAUSED and FAILING queues
//                                 (scripts/test-machine-setup.sh)
const SANDBOX = 'test/**/*.sandbox.test.ts';
const CUPS = 'test/**/*.cups.test.ts';

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: keep parallelism modest so timing-sensitive integration tests stay honest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', SANDBOX, CUPS],
        },
      },
      { extends: true, test: { name: 'sandbox', include: [SANDBOX] } },
      { extends: true, test: { name: 'cups', include: [CUPS] } },
    ],
  },
});
