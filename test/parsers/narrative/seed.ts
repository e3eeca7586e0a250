import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findLineSections, findSections, type ReportSection } from '../../../src/ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../../src/report-document/report-document.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** The Linzi seed: its text, the sections the importer finds in it, and the hand-read document. */
export function linziSeed(): { text: string; sections: ReportSection[]; doc: ReportDocument } {
  const text = readFileSync(join(root, 'seeds', 'linzi-2017.txt'), 'utf8');
  const doc = JSON.parse(readFileSync(join(root, 'seeds', 'linzi-2017.json'), 'utf8')) as ReportDocument;
  return { text, sections: findSections(text), doc };
}

/**
 * The flattened 2008-era Fujian corpus reports (03-*, 05-*), keyed by their file's stem prefix,
 * with the line-start sections the narrative readers are given (none: the text is one line).
 */
export function fujianCorpus(): Record<'03' | '05', { text: string; sections: ReportSection[] }> {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  const load = (prefix: string) => {
    const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.txt'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    return { text, sections: findLineSections(text) };
  };
  return { '03': load('03'), '05': load('05') };
}

export interface Difference {
  path: string;
  extracted: unknown;
  seed: unknown;
}

/**
 * Every leaf where the extractor's output and the seed differ, by dotted path. Tests assert this
 * list equals an explicit list of known differences, so every other field is compared exactly.
 */
export function differences(extracted: unknown, seed: unknown, path = ''): Difference[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(extracted) && isObject(seed) && Array.isArray(extracted) === Array.isArray(seed)) {
    const keys = [...new Set([...Object.keys(extracted), ...Object.keys(seed)])];
    return keys.flatMap((key) => differences(extracted[key], seed[key], path === '' ? key : `${path}.${key}`));
  }
  return Object.is(extracted, seed) ? [] : [{ path, extracted, seed }];
}
