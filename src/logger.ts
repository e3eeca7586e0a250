import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

export type { Logger };

/**
 * Structured JSON logs, one line per event, so operators can grep and ship them; lines about a
 * request carry its `requestId`. In development (or with LOG_FORMAT=pretty) the same events
 * are printed for people instead, in this thread (no worker), so nothing is lost on exit.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'LOG_FORMAT' | 'NODE_ENV'>>): Logger {
  const options = { level: config.LOG_LEVEL, base: { service: 'disclosure-gateway' } };
  const format = config.LOG_FORMAT ?? (config.NODE_ENV === 'development' ? 'pretty' : 'json');
  return format === 'pretty' ? pino(options, pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' })) : pino(options);
}
