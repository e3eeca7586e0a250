import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { RunningApp } from '../app.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { RequestContext } from '../graphql/context.js';
import { createHttpApp, type Operations } from './http-app.js';
import { operationQueue } from './operation-queue.js';

/** Listens on the configured interface and port (0: any free one); resolves to the URL a client on this machine uses. */
export async function listen(httpServer: Server, { HOST, PORT }: Pick<Config, 'HOST' | 'PORT'>): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(PORT, HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return `http://${HOST === '0.0.0.0' ? '127.0.0.1' : HOST}:${port}/`;
}

/**
 * The HTTP end of a server process: starts Apollo, routes the HTTP server to it and listens.
 * Stopping turns readiness red, drains Apollo's requests, then closes the database (unless it was
 * lent by the caller).
 */
export async function serve(apollo: ApolloServer<RequestContext>, httpServer: Server, database: Database, config: Config, operations: Omit<Operations, 'queue'> & { ownsDatabase?: boolean }): Promise<RunningApp> {
  await apollo.start();
  const queue = operationQueue(config.MAX_CONCURRENT_OPERATIONS, config.MAX_QUEUED_OPERATIONS);
  httpServer.on('request', createHttpApp(apollo, database, config, { ...operations, queue }));
  return {
    url: await listen(httpServer, config),
    database,
    httpServer,
    operations: queue.counts,
    metrics: operations.metrics,
    async stop() {
      operations.readiness.markStopping();
      await apollo.stop();
      if (operations.ownsDatabase !== false) await database.close();
    },
  };
}
