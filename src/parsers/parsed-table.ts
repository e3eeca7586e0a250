import type { ReportDocument } from '../report-document/report-document.js';

/** One row or cell of a statistics table, as the report document stores it. */
export type TableCell = ReportDocument['table']['cells'][number];

/** What a table parser makes of a report's text: every cell, with codes stable within its family. */
export interface ParsedTable {
  format: ReportDocument['format'];
  tableVariant: string;
  title: string | null;
  cells: TableCell[];
}

/** A table the text does not hold in a shape the parser knows; `line` is 1-based where known. */
export class TableParseError extends Error {
  readonly code = 'TABLE_PARSE_FAILED';
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line == null ? message : `line ${line}: ${message}`);
  }
}
