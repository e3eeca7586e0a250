import { readFile } from 'node:fs/promises';
import { type ReportDocument, ReportDocumentSchema } from './report-document.js';

/** A report document that is not valid JSON or breaks the schema; the message lists every problem. */
export class ReportDocumentError extends Error {
  readonly code = 'INVALID_REPORT_DOCUMENT';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} is not a valid report document:\n  ${problems.join('\n  ')}`);
  }
}

export function parseReportDocument(json: unknown, source: string): ReportDocument {
  const parsed = ReportDocumentSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ReportDocumentError(
    source,
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`),
  );
}

export async function loadReportDocument(path: string): Promise<ReportDocument> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportDocumentError(path, [`not JSON: ${(error as Error).message}`]);
  }
  return parseReportDocument(json, path);
}
