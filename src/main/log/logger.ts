// The logger every service receives. Implementations redact secrets before anything reaches a sink.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogMeta = Record<string, unknown>;

export interface Logger {
  debug(message: string, meta?: LogMeta): void;
  info(message: string, meta?: LogMeta): void;
  warn(message: string, meta?: LogMeta): void;
  error(message: string, meta?: LogMeta): void;
}

/** Where redacted lines go (electron-log, a file, memory in tests). */
export type LogSink = (level: LogLevel, message: string, meta?: LogMeta) => void;

/** Keeps lines in memory: for tests, which assert that secrets never appear. */
export function createMemorySink(): { sink: LogSink; lines: string[] } {
  const lines: string[] = [];
  const sink: LogSink = (level, message, meta) =>
    lines.push(`${level} ${message}${meta ? ' ' + JSON.stringify(meta) : ''}`);
  return { sink, lines };
}
