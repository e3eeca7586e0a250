import type { RunningApp } from './app.js';
import { ConfigError, type Config, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';

/**
 * The life of a server process: read the configuration (a bad value exits 2 with the message),
 * start, and on SIGTERM or SIGINT let in-flight requests finish before closing the database.
 */
export async function serveUntilSignalled(what: string, start: (config: Config, logger: Logger) => Promise<RunningApp>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const logger = createLogger(config);
  try {
    const app = await start(config, logger);
    logger.info(`${what} ready at ${app.url}`);
    let stopping = false;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'draining in-flight requests, then closing the database');
        app.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}
