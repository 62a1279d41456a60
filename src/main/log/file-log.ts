// A rotated log file in <dataDir>/logs through electron-log's Node entry (it does not need Electron, so
// the Electron host and the browser host write the same way). Lines arrive here already redacted.
// The folder is 0700 and the files 0600: logs name orders and customers.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import log from 'electron-log/node';
import type { LogSink } from './logger';

export interface FileSinkOptions {
  dataDir: string;
  /** File name inside <dataDir>/logs. */
  fileName?: string;
  /** Rotate when the file passes this size; the previous file is kept as *.old.log. */
  maxBytes?: number;
  /** Also echo to the console (development). */
  console?: boolean;
}

export function createFileSink(opts: FileSinkOptions): LogSink {
  const logger = log.create({ logId: `station-${opts.fileName ?? 'main'}` });
  const dir = join(opts.dataDir, 'logs');
  // electron-log would create the folder with default modes: create it first, private.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
  logger.transports.file.resolvePathFn = () => join(dir, opts.fileName ?? 'main.log');
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.file.maxSize = opts.maxBytes ?? 5 * 1024 * 1024;
  logger.transports.file.level = 'info';
  logger.transports.console.level = opts.console ? 'info' : false;
  return (level, message, meta) => {
    if (meta) logger[level](message, meta);
    else logger[level](message);
  };
}
