import type { ReportSection } from '../../ingest/pipeline/report-sections.js';
import { departmentKindOf } from '../../ingest/pipeline/department-kind.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { sectionByHeading, sectionLines, type NumberedLine } from './text-lines.js';

export type CitedDocument = ReportDocument['documents'][number];
export type KeyDomain = ReportDocument['keyDomains'][number];
export type Department = ReportDocument['departments'][number];

// 1.保障性住房。/ 2．征地拆迁。/ 9.安全生产。: a numbered domain heading ends at its first 。.
const DOMAIN = /^\s*(\d{1,2})\s*[.．、]\s*([^。\s]{1,30})。(.*)$/;
// The domain's own count: 公开…信息20条. Counts in 件 of something else (建议办理情况154件) are not items.
const ITEMS = /信息(\d+)条/;

const FIELDS = { 主题分类: 'topic', 发布机构: 'issuingDepartment', 文件编号: 'number', 发文日期: 'issuedOn', 信息名称: 'title' } as const;

/**
 * Section 四's key domains and the documents they cite. Reports pasted from a portal carry, inside
 * 《…》, the portal's hidden metadata block (主题分类/发布机构/文件编号/发文日期/信息名称) with link
 * debris (" \t "_blank") and then the visible title; a copy-paste slip can leave two blocks inside
 * one pair of brackets, so each 主题分类 starts a document. A citation without a block keeps only
 * its title. The same document cited again (same title, issuer, date) keeps its first key.
 */
export function extractCitedDocuments(
  text: string,
  sections: ReportSection[],
): { documents: CitedDocument[]; keyDomains: KeyDomain[] } {
  const lines = sectionLines(text, sectionByHeading(sections, /重点领域/));
  const documents: CitedDocument[] = [];
  const keyOf = new Map<string, string>();
  const keyDomains: KeyDomain[] = [];
  for (const block of domainBlocks(lines)) {
    const head = DOMAIN.exec(block[0].text)!;
    const documentKeys: string[] = [];
    for (const citation of citations(block.map((l) => l.text).join('\n'))) {
      for (const found of documentsIn(citation)) {
        const identity = [found.title, found.issuingDepartment, found.issuedOn].join('|');
        let key = keyOf.get(identity);
        if (!key) {
          key = `doc-${String(documents.length + 1).padStart(2, '0')}`;
          keyOf.set(identity, key);
          documents.push({ key, ...found });
        }
        documentKeys.push(key);
      }
    }
    const items = ITEMS.exec(head[3]);
    keyDomains.push({ ordinal: Number(head[1]), name: head[2], items: items ? Number(items[1]) : null, documentKeys, line: block[0].line });
  }
  return { documents, keyDomains };
}

/**
 * The departments that issued the cited documents, in order of first appearance, then `others`
 * (e.g. the pilot's lead departments) not yet listed. The government's own office goes first: it
 * compiles the report and the seeds list it first.
 */
export function issuingDepartments(documents: CitedDocument[], others: string[] = []): Department[] {
  const names = [...documents.map((d) => d.issuingDepartment).filter((n): n is string => n !== null), ...others];
  const unique = [...new Set(names)].map((name) => ({ name, kind: departmentKindOf(name) }));
  return [...unique.filter((d) => d.kind === 'GOVERNMENT_OFFICE'), ...unique.filter((d) => d.kind !== 'GOVERNMENT_OFFICE')];
}

/** Groups the section's lines by domain heading; headings must count up from 1. */
function domainBlocks(lines: NumberedLine[]): NumberedLine[][] {
  const blocks: NumberedLine[][] = [];
  for (const line of lines) {
    const head = DOMAIN.exec(line.text);
    if (head && Number(head[1]) === blocks.length + 1) blocks.push([line]);
    else blocks.at(-1)?.push(line);
  }
  return blocks;
}

/** The contents of each 《…》 pair, in order; a title may hold <…> for a document it quotes. */
function citations(text: string): string[] {
  return [...text.matchAll(/《([^《》]*)》/g)].map((m) => m[1]);
}

type Found = Omit<CitedDocument, 'key'>;

function documentsIn(citation: string): Found[] {
  if (!citation.includes('信息名称')) {
    const title = citation.trim();
    return title === '' ? [] : [{ title, topic: null, issuingDepartment: null, number: null, issuedOn: null }];
  }
  return citation
    .split(/(?=主题分类[:：])/)
    .filter((chunk) => /信息名称[:：]/.test(chunk))
    .map(parseBlock)
    .filter((d): d is Found => d !== null);
}

function parseBlock(chunk: string): Found | null {
  const found: Found = { title: '', topic: null, issuingDepartment: null, number: null, issuedOn: null };
  for (const [label, field] of Object.entries(FIELDS)) {
    const match = new RegExp(`${label}[:：][ \\t]*(.*)`).exec(chunk);
    const value = match ? clean(match[1]) : '';
    if (field === 'title') found.title = value;
    else found[field] = value === '' ? null : value;
  }
  if (found.issuedOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(found.issuedOn)) found.issuedOn = null;
  return found.title === '' ? null : found;
}

/** Drops the link debris (" \t "_blank") and the backslashes the export put before quotes (\“). */
function clean(value: string): string {
  return value.replace(/"\s*\\t\s*"_blank"\s*$/, '').replace(/\\(?=[“”"'])/g, '').trim();
}
