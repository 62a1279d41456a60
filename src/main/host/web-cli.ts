// `npm run start:web -- --port 5170 [--data-dir DIR] [--demo]`: the station in a browser tab.
// Prints ONE line: the URL to open (with this launch's token). Logs go to <dataDir>/logs/web.log.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { composeStation } from '../app/compose';
import { readLaunchOptions } from '../app/launch-options';
import { narrowUmask } from '../app/private-files';
import { createFileSink } from '../log/file-log';
import { createLogger } from '../log/redact';
import { createJsonFileStore } from '../settings/store';
import { createFileVault } from '../settings/vault';
import { lockDataDir } from './data-dir-lock';
import { startWebHost } from './web-server';

async function main(): Promise<void> {
  narrowUmask();
  const argv = process.argv.slice(2);
  const launch = readLaunchOptions(argv, process.env);
  const dataDir = launch.dataDir ?? resolve('.data/web');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = await lockDataDir(dataDir);
  if (!lock.acquired) {
    const where = lock.holder.url ? `open ${lock.holder.url}` : 'use that window';
    console.log(`Packing Station is already running on ${dataDir} (process ${lock.holder.pid}): ${where}`);
    return;
  }
  const log = createLogger(createFileSink({ dataDir, fileName: 'web.log' }));
  const station = await composeStation({
    dataDir,
    store: createJsonFileStore(join(dataDir, 'settings.json')),
    vault: createFileVault(join(dataDir, 'secret', 'api-key')),
    env: process.env,
    argv,
    host: 'web',
    log,
    redactor: log.redactor,
    version: process.env.npm_package_version ?? '0.0.0',
  });
  const host = await startWebHost({
    station,
    staticDir: resolve('out/web'),
    port: launch.port ?? 5170,
    log,
    microphone: () => station.services.video.settings().microphone,
  });
  log.info('Browser host listening', { origin: host.origin, dataDir });
  await lock.setUrl(host.url);
  console.log(`Packing Station: open ${host.url}`);

  const stop = () => {
    void host
      .close()
      .then(() => station.close())
      .then(() => lock.release())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`The browser host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
