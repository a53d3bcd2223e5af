// Structured logs: one JSON object a line, personal data masked in every string field, and the
// request id of the HTTP request being served, so every line of one turn can be found together.
//
// The request id travels with the activity, not in an AsyncLocalStorage: on Node 20 that turns on
// a promise hook for every promise in the process, which cost about a third of the bot's
// throughput under load. The server tags the parsed body (CloudAdapter keeps that very object as
// the turn's activity; tests/e2e/privacy.test.ts fails if that ever changes) and a turn logs
// through turnLogger(logger, context.activity).
import { maskPersonalData } from './privacy';

const requestIds = new WeakMap<object, string>();

/** Remembers which HTTP request an activity (the parsed request body) came with. */
export function tagRequest(activity: unknown, requestId: string): void {
  if (typeof activity === 'object' && activity !== null && requestId) requestIds.set(activity, requestId);
}

/** The logger for one turn: its lines carry the request id of the activity's HTTP request. */
export function turnLogger(logger: Logger, activity: object | undefined): Logger {
  const requestId = activity ? requestIds.get(activity) : undefined;
  return requestId ? logger.child({ requestId }) : logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, string | number | boolean | undefined | null | string[]>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger whose every line also carries these fields (as pino's child loggers do). */
  child(fields: LogFields): Logger;
}

export function isLogLevel(value: string): value is LogLevel {
  return value in ORDER;
}

function mask(fields: LogFields): LogFields {
  const masked: LogFields = {};
  for (const [k, v] of Object.entries(fields)) {
    masked[k] = typeof v === 'string' ? maskPersonalData(v) : Array.isArray(v) ? v.map(maskPersonalData) : v;
  }
  return masked;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`), bound: LogFields = {}): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>, msg: string, fields: LogFields = {}): void => {
    if (ORDER[at] < ORDER[level]) return;
    const { requestId, ...rest } = bound;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, ...(requestId ? { requestId } : {}), msg: maskPersonalData(msg), ...mask(rest), ...mask(fields) }));
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (fields) => createLogger(level, write, { ...bound, ...fields }),
  };
}
