import { Tinypool } from 'tinypool';
import type { ReportDocument } from '../../report-document/report-document.js';
import { readReportSource } from '../sources/read-report-source.js';
import { buildReportDocument, type ReportIssuer } from './build-report-document.js';
import type { ParseResult, ParseTask } from './parse-worker.js';

/** Reads and parses report sources, on worker threads or on this one. */
export interface ParsePool {
  parse(source: string, issuer: ReportIssuer): Promise<ReportDocument>;
  close(): Promise<void>;
}

/** A parse failure from a worker, with the code and line the worker read from the error. */
export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/** One pool per thread count for the life of the process: see startParsePool. */
const pools = new Map<number, Tinypool>();

/**
 * `threads` workers that read and parse sources while the caller's thread writes documents to
 * the database, so a folder import uses a second core (parsing is about a fifth of a report's
 * import). With 0 threads, sources are parsed on the calling thread.
 *
 * The workers are started once per process and kept: idle, they do not keep it alive. Run from
 * sources, a worker loads the TypeScript loader's native module, and a second thread loading it
 * after the first was stopped takes the whole process down; a pool per run would do just that.
 */
export function startParsePool(threads: number): ParsePool {
  if (threads === 0) {
    return {
      async parse(source, issuer) {
        const { text, origin } = await readReportSource(source);
        return buildReportDocument(text, origin, issuer);
      },
      async close() {},
    };
  }
  let pool = pools.get(threads);
  if (!pool) {
    const worker = new URL(`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
    pool = new Tinypool({
      filename: worker.href,
      minThreads: threads,
      maxThreads: threads,
      // Run from sources (npm run import, the tests), a worker needs the TypeScript loader the main thread has.
      execArgv: worker.pathname.endsWith('.ts') ? ['--import=@swc-node/register/esm-register'] : [],
    });
    pools.set(threads, pool);
  }
  const running = pool;
  return {
    async parse(source, issuer) {
      const result: ParseResult = await running.run({ source, issuer } satisfies ParseTask);
      if ('failure' in result) throw new ParseFailure(result.failure.message, result.failure.code, result.failure.line);
      return result.document;
    },
    // The threads stay for the next run of this process (see above).
    async close() {},
  };
}
