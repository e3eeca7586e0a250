import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';

/** Listens on the configured interface and port (0: any free one); resolves to the URL a client on this machine uses. */
export async function listen(httpServer: Server, { HOST, PORT }: Pick<Config, 'HOST' | 'PORT'>): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(PORT, HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return `http://${HOST === '0.0.0.0' ? '127.0.0.1' : HOST}:${port}/`;
}
