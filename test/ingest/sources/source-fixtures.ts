import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceError } from '../../../src/ingest/sources/report-source.js';

/** Files for one test file, in a fresh temporary folder removed by `remove()`. */
export function temporaryFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'report-source-'));
  return {
    dir,
    write(name: string, content: string | Uint8Array): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The same bytes on every run: a xorshift generator, so a failure can be reproduced. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491, avoidZero = false): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = avoidZero ? 1 + ((state >>> 0) % 255) : (state >>> 0) & 0xff;
  }
  return bytes;
}

/** A server on 127.0.0.1 at a port the system picks; `stop()` also drops connections left hanging. */
export async function startLocalServer(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The SourceError a promise or call rejects with (failing the test if it does not). */
export async function sourceErrorOf(attempt: Promise<unknown> | (() => unknown)): Promise<SourceError> {
  try {
    await (typeof attempt === 'function' ? attempt() : attempt);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError, but nothing was thrown');
}
