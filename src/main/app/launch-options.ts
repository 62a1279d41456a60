// What the command line and the environment ask of this run: demo, kiosk, data dir, and provisioning
// (PACKING_API_URL, PACKING_TENANT_ID, PACKING_API_KEY, PACKING_PRINTER), which wins over stored settings.
import { isAbsolute, resolve } from 'node:path';
import { apiUrlProblem } from '../../shared/api-origin';
import type { Provisioning } from '../settings/settings-service';

export type Env = Record<string, string | undefined>;

export interface LaunchOptions {
  demo: boolean;
  kiosk: boolean;
  dataDir: string | null;
  port: number | null;
  provisioning: Provisioning;
}

/** `--name value` or `--name=value`; null when absent. */
export function argValue(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === `--${name}`) return argv[i + 1] ?? null;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return null;
}

const hasFlag = (argv: readonly string[], name: string): boolean => argv.includes(`--${name}`);
const truthy = (v: string | undefined): boolean => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());
const nonEmpty = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

export function readLaunchOptions(argv: readonly string[], env: Env): LaunchOptions {
  const dataDir = nonEmpty(env.PACKING_DATA_DIR) ?? argValue(argv, 'data-dir');
  const portText = argValue(argv, 'port');
  const port = portText === null ? null : Number(portText);
  if (port !== null && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new Error(`--port must be a number from 0 to 65535, not "${portText}"`);
  }
  const provisioning: Provisioning = {};
  const apiUrl = nonEmpty(env.PACKING_API_URL);
  if (apiUrl) {
    if (!/^https?:\/\/\S+$/i.test(apiUrl)) throw new Error('PACKING_API_URL must start with https://');
    const problem = apiUrlProblem(apiUrl);
    if (problem) throw new Error(`PACKING_API_URL cannot be used: ${problem}. Use https://host[:port].`);
    provisioning.apiUrl = apiUrl;
  }
  const tenantId = nonEmpty(env.PACKING_TENANT_ID);
  if (tenantId) provisioning.tenantId = tenantId;
  const apiKey = nonEmpty(env.PACKING_API_KEY);
  if (apiKey) provisioning.apiKey = apiKey;
  const printer = nonEmpty(env.PACKING_PRINTER);
  if (printer) provisioning.printer = printer;
  return {
    demo: hasFlag(argv, 'demo') || truthy(env.PACKING_DEMO),
    kiosk: hasFlag(argv, 'kiosk'),
    dataDir: dataDir ? (isAbsolute(dataDir) ? dataDir : resolve(dataDir)) : null,
    port,
    provisioning,
  };
}
