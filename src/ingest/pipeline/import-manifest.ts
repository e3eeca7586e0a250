import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReportIssuer } from './build-report-document.js';
import { isUrl } from './collect-report-files.js';
import { type ImportTarget, parseRegionPath, UsageError } from './import-arguments.js';

/** The manifest's columns; `government` and `department` may be left empty. */
export const MANIFEST_COLUMNS = ['source', 'region_path', 'government', 'department'] as const;

/**
 * Reads a manifest: a CSV file with a header row naming MANIFEST_COLUMNS, one row per file,
 * folder or URL, each with its issuer as the command line would give it (region_path is
 * --region-path's CODE:NAME:LEVEL list, quoted for its commas). A province's reports come from
 * hundreds of regions; one run imports them all instead of one run per region. Relative sources
 * are read from the manifest's folder, so a manifest moves with its reports.
 *
 * The whole manifest is checked before anything is imported: every bad row is named with its
 * line, and the run stops as for a bad argument.
 */
export async function readImportManifest(path: string): Promise<ImportTarget[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--manifest: cannot read ${path}: ${(error as Error).message}`);
  }
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, bom: true, trim: true, skip_empty_lines: true, info: true });
  } catch (error) {
    throw new UsageError(`--manifest ${path}: not CSV: ${(error as Error).message}`);
  }
  if (rows.length === 0) throw new UsageError(`--manifest ${path}: no rows; give a header naming ${MANIFEST_COLUMNS.join(', ')}, then a row per file, folder or URL`);
  const header = Object.keys(rows[0].record);
  const missing = MANIFEST_COLUMNS.slice(0, 2).filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !(MANIFEST_COLUMNS as readonly string[]).includes(column));
  if (missing.length > 0 || unknown.length > 0) {
    throw new UsageError(
      `--manifest ${path}: the header must name ${MANIFEST_COLUMNS.join(', ')} (government and department may be left out)` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        (unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''),
    );
  }

  const folder = dirname(path);
  const problems: string[] = [];
  const targets: ImportTarget[] = [];
  for (const { record: row, info } of rows) {
    try {
      if (!row.source) throw new UsageError('source is empty');
      const issuer: ReportIssuer = { regionPath: parseRegionPath(row.region_path ?? '') };
      if (row.government) issuer.governmentName = row.government;
      if (row.department) issuer.department = row.department;
      targets.push({ target: isUrl(row.source) || isAbsolute(row.source) ? row.source : resolve(folder, row.source), issuer });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(`  line ${info.lines}: ${error.message.replace(/^--region-path: /, 'region_path: ')}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`--manifest ${path}: ${problems.length} bad row(s), nothing imported:\n${problems.join('\n')}`);
  return targets;
}
