// Structured logs: one JSON object a line, personal data masked in every string field, and the
// request id of the HTTP request being served (set by the server with withRequestId), so every line
// of one turn can be found together.
import { AsyncLocalStorage } from 'async_hooks';
import { maskPersonalData } from './privacy';

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs work with a request id that every log line written during it carries. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, string | number | boolean | undefined | null | string[]>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function isLogLevel(value: string): value is LogLevel {
  return value in ORDER;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>, msg: string, fields: LogFields = {}): void => {
    if (ORDER[at] < ORDER[level]) return;
    const masked: LogFields = {};
    for (const [k, v] of Object.entries(fields)) {
      masked[k] = typeof v === 'string' ? maskPersonalData(v) : Array.isArray(v) ? v.map(maskPersonalData) : v;
    }
    const requestId = requestContext.getStore()?.requestId;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, ...(requestId ? { requestId } : {}), msg: maskPersonalData(msg), ...masked }));
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
  };
}
