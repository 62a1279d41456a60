// Standalone sandbox: `npm run sandbox -- --port 4010 --orders 200 --seed 1 --tenant demo:demo-key
// [--tenant other:other-key] [--label-port N] [--host H] [--strict] [--async-delay-ms N]`.
// Prints one line: the API origin to configure first, then each tenant's credentials.
import { parseArgs } from 'node:util';
import { startSandbox } from './server';
import type { SandboxOptions, SandboxTenant } from './types';

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

function tenant(value: string): SandboxTenant {
  const at = value.indexOf(':');
  if (at <= 0 || at === value.length - 1) throw new Error(`--tenant must look like id:key, got "${value}"`);
  return { id: value.slice(0, at), key: value.slice(at + 1) };
}

function parseCliOptions(argv: string[]): SandboxOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'label-port': { type: 'string' },
      host: { type: 'string' },
      orders: { type: 'string' },
      seed: { type: 'string' },
      tenant: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      'async-delay-ms': { type: 'string' },
    },
    strict: true,
  });
  return {
    apiPort: integer('port', values.port),
    labelPort: integer('label-port', values['label-port']),
    host: values.host,
    orders: integer('orders', values.orders),
    seed: integer('seed', values.seed),
    tenants: values.tenant?.length ? values.tenant.map(tenant) : undefined,
    strict: values.strict ?? false,
    asyncDelayMs: integer('async-delay-ms', values['async-delay-ms']),
  };
}

async function main(): Promise<void> {
  const sandbox = await startSandbox(parseCliOptions(process.argv.slice(2)));
  const credentials = sandbox.tenants.map((t) => `tenant=${t.id} key=${t.key}`).join('  ');
  console.log(`Orders API sandbox ${sandbox.apiOrigin}  ${credentials}  (labels at ${sandbox.labelOrigin})`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
