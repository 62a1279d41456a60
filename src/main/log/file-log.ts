// A rotated log file in <dataDir>/logs through electron-log's Node entry (it does not need Electron, so
// the Electron host and the browser host write the same way). Lines arrive here already redacted.
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
  logger.transports.file.resolvePathFn = () => join(opts.dataDir, 'logs', opts.fileName ?? 'main.log');
  logger.transports.file.maxSize = opts.maxBytes ?? 5 * 1024 * 1024;
  logger.transports.file.level = 'info';
  logger.transports.console.level = opts.console ? 'info' : false;
  return (level, message, meta) => {
    if (meta) logger[level](message, meta);
    else logger[level](message);
  };
}
