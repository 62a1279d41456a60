// The Orders API sandbox: a faithful fake for demo mode, every test, and standalone use (cli.ts).
export { startSandbox } from './server';
export type { RunningSandbox, SandboxOptions, SandboxTenant } from './types';
