import { readReportSource } from '../sources/read-report-source.js';
import { buildReportDocument, type ReportIssuer } from './build-report-document.js';
import { describeFailure, type ImportFailure } from './import-outcome.js';
import type { ReportDocument } from '../../report-document/report-document.js';

export interface ParseTask {
  source: string;
  issuer: ReportIssuer;
}

/** A document, or why there is none; an error thrown across threads would lose its code and line. */
export type ParseResult = { document: ReportDocument } | { failure: ImportFailure };

/** Runs in a worker thread of the parse pool (parse-pool.ts): one source from bytes to document. */
export default async function parseInWorker({ source, issuer }: ParseTask): Promise<ParseResult> {
  try {
    const { text, origin } = await readReportSource(source);
    return { document: buildReportDocument(text, origin, issuer) };
  } catch (error) {
    return { failure: describeFailure(error) };
  }
}
