import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The kinds of file a folder is searched for; anything else there (notes, JSON) is not a report. */
export const REPORT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.pdf']);

/** Whether a target is a URL (`scheme://…`) rather than a path. */
export const isUrl = (target: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(target);

/**
 * The sources to import, in a stable order: URLs and files as given, folders replaced by the
 * report files inside them (sorted, subfolders included). A path that cannot be listed is kept
 * as it is, so that reading it reports why, as one failure among the others.
 */
export async function collectReportFiles(targets: string[]): Promise<string[]> {
  const sources: string[] = [];
  for (const target of targets) {
    if (isUrl(target) && !/^file:/i.test(target)) {
      sources.push(target);
    } else if (await isDirectory(target)) {
      sources.push(...(await walk(target)));
    } else {
      sources.push(target);
    }
  }
  return sources;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
