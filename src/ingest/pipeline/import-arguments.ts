import { parseArgs } from 'node:util';
import { RegionLevel } from '../../report-document/report-document.js';
import type { ReportIssuer } from './build-report-document.js';

/** A file, folder or URL to import, with the body that issued the reports found there. */
export interface ImportTarget {
  target: string;
  issuer: ReportIssuer;
}

/** What `npm run import` was asked to do. */
export interface ImportArguments {
  dryRun: boolean;
  json: boolean;
  /** Files, folders and http(s) URLs given on the command line, each with --region-path's issuer; none with a manifest. */
  targets: ImportTarget[];
  /** A CSV of sources and their issuers (import-manifest.ts), instead of --region-path and targets. */
  manifest: string | null;
  /** Reports imported at once, each in its own transaction. */
  jobs: number;
  /** Threads that read, parse and import, each `jobs` at a time; null: chosen from the cores and the run's size (import-in-workers.ts). */
  workers: number | null;
}

export const IMPORT_USAGE = `usage: npm run import -- [--dry-run] [--json] --region-path CODE:NAME:LEVEL[,CODE:NAME:LEVEL…]
                         [--government NAME] [--department NAME] [--jobs N] [--workers N] <file|folder|url>...
       npm run import -- [--dry-run] [--json] [--jobs N] [--workers N] --manifest FILE.csv

  --region-path  the issuer's region from the province down, GB/T 2260 codes, e.g.
                 370000:山东省:PROVINCE,370300:淄博市:CITY,370305:临淄区:COUNTY
                 (levels: ${RegionLevel.options.join(', ')})
  --government   the government's name (default: the issuer named in each report's title)
  --department   set when a department of that government issued the reports
  --jobs         reports imported at once against PostgreSQL, per worker (default 4); the
                 embedded database takes one at a time
  --workers      threads that read, parse and import against PostgreSQL, a target's reports
                 all on one (default: one per two cores, the other core left to PostgreSQL,
                 at most one per 200 reports and one per target; the embedded database
                 takes one)
  --manifest     a CSV whose header names source, region_path, government and department,
                 one row per file, folder or URL (relative to the CSV's folder) with the
                 options above for it; region_path quoted for its commas. Every row is
                 checked before anything is imported.
  --dry-run      read, parse and validate only; the database is not opened
  --json         with --dry-run, print the report documents as JSON on stdout;
                 otherwise print the summary as JSON on stdout
Folders are searched, with their subfolders, for .txt, .html, .htm and .pdf files.`;

/** Bad arguments: the caller prints the message and the usage, and exits with 2. */
export class UsageError extends Error {}

export function parseImportArguments(argv: string[]): ImportArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'region-path': { type: 'string' },
        manifest: { type: 'string' },
        government: { type: 'string' },
        department: { type: 'string' },
        jobs: { type: 'string', default: '4' },
        workers: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
  const workers = values.workers === undefined ? null : Number(values.workers);
  if (workers !== null && (!Number.isInteger(workers) || workers < 1 || workers > 64)) throw new UsageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
  const common = { dryRun: values['dry-run'] ?? false, json: values.json ?? false, jobs, workers };
  if (values.manifest !== undefined) {
    const alongside = ['region-path', 'government', 'department'].filter((option) => values[option as keyof typeof values] !== undefined);
    if (alongside.length > 0 || positionals.length > 0) {
      throw new UsageError(`--manifest names every source and its issuer: give it without ${[...alongside.map((o) => `--${o}`), ...(positionals.length > 0 ? ['files, folders or URLs'] : [])].join(', ')}`);
    }
    return { ...common, targets: [], manifest: nonEmpty('--manifest', values.manifest) };
  }
  if (!values['region-path']) throw new UsageError('--region-path is required: the text of a report cannot give its region’s codes (or give --manifest)');
  if (positionals.length === 0) throw new UsageError('give at least one file, folder or URL to import');
  const issuer: ReportIssuer = { regionPath: parseRegionPath(values['region-path']) };
  if (values.government !== undefined) issuer.governmentName = nonEmpty('--government', values.government);
  if (values.department !== undefined) issuer.department = nonEmpty('--department', values.department);
  return { ...common, targets: positionals.map((target) => ({ target, issuer })), manifest: null };
}

/** `370000:山东省:PROVINCE,370300:淄博市:CITY` → the region path, province first. */
export function parseRegionPath(value: string): ReportIssuer['regionPath'] {
  return value.split(',').map((part) => {
    const [code, name, level, ...rest] = part.trim().split(':');
    if (rest.length > 0 || !/^\d{6}$/.test(code ?? '') || !name || !level) {
      throw new UsageError(`--region-path: "${part}" is not CODE:NAME:LEVEL with a six-digit GB/T 2260 code`);
    }
    const parsedLevel = RegionLevel.safeParse(level.toUpperCase());
    if (!parsedLevel.success) throw new UsageError(`--region-path: level "${level}" is not one of ${RegionLevel.options.join(', ')}`);
    return { code, name, level: parsedLevel.data };
  });
}

function nonEmpty(option: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${option} must not be empty`);
  return value.trim();
}
