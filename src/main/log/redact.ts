// Secrets never reach a log: known secret values are replaced wherever they appear, and fields whose
// names say "secret" are masked whatever their value. The API key is registered the moment main reads it.
import type { LogLevel, LogMeta, LogSink, Logger } from './logger';

const SECRET_FIELD =
  /^(api_?key|key|authorization|password|pin|pin_?hash|supervisor_?pin_?hash|token|supervisor_?token|secret|cookie)$/i;
const MASK = '[redacted]';
/** Objects nested deeper than this are replaced whole: an unread branch could hold a secret. */
const MAX_DEPTH = 5;
const TOO_DEEP = '[nested too deep]';

export interface Redactor {
  /** Remember a secret value so every later line masks it. */
  addSecret(value: string): void;
  text(value: string): string;
  meta(meta: LogMeta): LogMeta;
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();

  function text(value: string): string {
    let out = value;
    for (const s of secrets) out = out.split(s).join(MASK);
    return out.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${MASK}`);
  }

  function walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) return TOO_DEEP;
    if (value instanceof Error)
      return { name: value.name, message: text(value.message), stack: text(value.stack ?? '') };
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_FIELD.test(k) ? MASK : walk(v, depth + 1);
    return out;
  }

  return {
    addSecret(value) {
      // Very short values would mask ordinary words; keys are long.
      if (value.length >= 6) secrets.add(value);
    },
    text,
    meta: (meta) => walk(meta, 0) as LogMeta,
  };
}

/** A Logger that redacts every line, then hands it to the sink. */
export function createLogger(
  sink: LogSink,
  redactor: Redactor = createRedactor(),
): Logger & { redactor: Redactor } {
  const emit = (level: LogLevel) => (message: string, meta?: LogMeta) =>
    sink(level, redactor.text(message), meta ? redactor.meta(meta) : undefined);
  return {
    redactor,
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
  };
}
