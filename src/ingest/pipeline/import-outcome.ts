/** What became of one source in an import run. */
export type ImportOutcome =
  | { source: string; status: 'imported' | 'unchanged' | 'checked'; title: string; year: number; government: string }
  | { source: string; status: 'failed'; error: ImportFailure };

export interface ImportFailure {
  /** The error's own code (EMPTY, TABLE_PARSE_FAILED, INVALID_REPORT_DOCUMENT …), or UNEXPECTED. */
  code: string;
  message: string;
  /** 1-based line in the report's text, when the error names one. */
  line: number | null;
}

/** Every error the pipeline throws carries a code; anything else is a bug, reported as UNEXPECTED. */
export function describeFailure(error: unknown): ImportFailure {
  const known = error as { code?: unknown; line?: unknown; message?: unknown } | null;
  return {
    code: typeof known?.code === 'string' ? known.code : 'UNEXPECTED',
    message: typeof known?.message === 'string' ? known.message : String(error),
    line: typeof known?.line === 'number' ? known.line : null,
  };
}

export interface ImportSummary {
  imported: number;
  unchanged: number;
  checked: number;
  failed: { source: string; code: string; message: string; line: number | null }[];
}

export function summarize(outcomes: ImportOutcome[]): ImportSummary {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    imported: count('imported'),
    unchanged: count('unchanged'),
    checked: count('checked'),
    failed: outcomes.flatMap((o) => (o.status === 'failed' ? [{ source: o.source, ...o.error }] : [])),
  };
}

/** The summary for a person: counts first, then one block per failure with what to look at. */
export function formatSummary(summary: ImportSummary, dryRun: boolean): string {
  const counts = dryRun
    ? `checked ${summary.checked} (dry run: nothing imported), failed ${summary.failed.length}`
    : `imported ${summary.imported}, unchanged ${summary.unchanged}, failed ${summary.failed.length}`;
  const failures = summary.failed.map(
    (f) => `  ${f.source}${f.line === null ? '' : `:${f.line}`}\n    ${f.code}: ${f.message.replace(/\n/g, '\n    ')}`,
  );
  return [counts, ...(failures.length > 0 ? ['failures:', ...failures] : [])].join('\n') + '\n';
}
