import type { ReportSection } from '../../ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { countOf, numberedLines, preambleLines, sectionByHeading, sectionLines, splitList, splitOrdinalClauses, type NumberedLine } from './text-lines.js';

type Doc = ReportDocument;

export interface NarrativeParts {
  legalBasis: Doc['legalBasis'];
  officialInCharge: Doc['officialInCharge'];
  interpretationColumn: Doc['interpretationColumn'];
  fees: Doc['fees'];
  confidentialityReview: Doc['confidentialityReview'];
  publicInstitutions: Doc['publicInstitutions'];
  problems: Doc['problems'];
  nextSteps: Doc['nextSteps'];
  source: { portalUrl: string | null };
  government: { portalUrl: string | null; disclosureOffice: string | null; disclosurePhone: string | null };
}

/** The prose facts of a 2008-era report that are neither figures nor lists of documents. */
export function extractNarrative(text: string, sections: ReportSection[]): NarrativeParts {
  const preamble = preambleLines(text, sections).map((l) => l.text).join('\n');
  const portalUrl = portalOf(preamble);
  return {
    legalBasis: legalBasisOf(preamble),
    officialInCharge: officialOf(numberedLines(text)),
    interpretationColumn: interpretationOf(numberedLines(text)),
    fees: feesOf(sectionLines(text, sectionByHeading(sections, /收费/))),
    confidentialityReview: confidentialityOf(sectionLines(text, sectionByHeading(sections, /保密审查/))),
    publicInstitutions: institutionsOf(sectionLines(text, sectionByHeading(sections, /事业单位/))),
    ...problemsAndSteps(sectionLines(text, sectionByHeading(sections, /问题/))),
    source: { portalUrl },
    government: {
      portalUrl,
      disclosureOffice: /请与([^，。；]+?)联系/.exec(preamble)?.[1] ?? null,
      disclosurePhone: /电\s*话\s*[:：]\s*([\d-]+\d)/.exec(preamble)?.[1] ?? null,
    },
  };
}

/**
 * The instruments the report says it follows (根据《…》和《…》的要求), brackets kept. The
 * abbreviations it defines in passing — （以下简称《条例》） — are not further instruments.
 */
function legalBasisOf(preamble: string): string[] {
  const sentence = /根据([^。]*?)(?:的)?(?:要求|规定)/.exec(preamble.replace(/[（(]以下简称[^）)]*[）)]/g, ''));
  return sentence ? [...sentence[1].matchAll(/《[^《》]+》/g)].map((m) => m[0]) : [];
}

/** The download portal, printed as （www.x.gov.cn） after the portal's name; http:// is assumed. */
function portalOf(preamble: string): string | null {
  const match = /[（(]\s*((?:https?:\/\/)?www\.[A-Za-z0-9.-]+\.[a-z]{2,})\/?\s*[）)]/.exec(preamble);
  if (!match) return null;
  return /^https?:/.test(match[1]) ? match[1] : `http://${match[1]}`;
}

// 由区委常委、副区长刘在东同志分管: the title ends at the last 长/主任/书记/委员 before the name.
const OFFICIAL = /由([^，。由]*?(?:长|主任|书记|委员|秘书长|常委))([\u4e00-\u9fa5]{2,3})同志(?:具体)?分管/;

function officialOf(lines: readonly NumberedLine[]): Doc['officialInCharge'] {
  for (const { line, text } of lines) {
    const match = OFFICIAL.exec(text);
    if (match) return { name: match[2], title: match[1], line };
  }
  return null;
}

/** The 政策解读 column (设置“政策解读”专栏) and the items the same sentence names as examples. */
function interpretationOf(lines: readonly NumberedLine[]): Doc['interpretationColumn'] {
  for (const { line, text } of lines) {
    const match = /(?:设置|设立|开设)了?“([^”]*解读[^”]*)”(?:专栏|栏目)/.exec(text);
    if (!match) continue;
    const rest = text.slice(match.index);
    const examples = /如[:：]?((?:《[^《》]+》[、，]?)+)/.exec(rest);
    return { name: match[1], examples: examples ? [...examples[1].matchAll(/《([^《》]+)》/g)].map((m) => m[1]) : [], line };
  }
  return null;
}

/** The fees section's first statement; 无/未/没有 at its start means nothing was charged. */
function feesOf(lines: NumberedLine[]): Doc['fees'] {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return null;
  const statement = first.text.trim();
  return { charged: !/^(?:无|未|没有|本年度(?:未|没有|无))/.test(statement), statement, line: first.line };
}

function confidentialityOf(lines: NumberedLine[]): Doc['confidentialityReview'] {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return null;
  const body = lines.map((l) => l.text.trim()).join('');
  // Principles are the quoted maxims about review (“谁公开谁审查…”, “先审查后公开”).
  const principles = [...body.matchAll(/“([^”]*审查[^”]*)”/g)].map((m) => m[1]);
  const accounts = /每个单位设有([两一二三四五六七八九十\d]+)个账号/.exec(body);
  return {
    principles,
    measures: splitOrdinalClauses(body),
    accountsPerUnit: accounts ? countOf(accounts[1]) : null,
    line: first.line,
  };
}

/** 设立了“X”专栏，包括A、B、C等30个…单位. */
function institutionsOf(lines: NumberedLine[]): Doc['publicInstitutions'] {
  for (const { line, text } of lines) {
    const column = /“([^”]+)”(?:专栏|栏目)/.exec(text);
    if (!column) continue;
    const listed = /包括(.+?)等(\d+)个/.exec(text.slice(column.index));
    return {
      columnName: column[1],
      count: listed ? Number(listed[2]) : null,
      named: listed ? splitList(listed[1]) : [],
      line,
    };
  }
  return null;
}

/**
 * Problems follow 例如/主要是/一是 in the paragraph that admits them (存在…问题/不足); next steps
 * follow 下一步…： as 一是…二是…. Each item keeps its own sentences as printed.
 */
function problemsAndSteps(lines: NumberedLine[]): Pick<Doc, 'problems' | 'nextSteps'> {
  const problems: Doc['problems'] = [];
  const nextSteps: Doc['nextSteps'] = [];
  for (const { line, text } of lines) {
    const steps = /下一步[^：:]*[：:](.*)$/.exec(text);
    if (steps) {
      nextSteps.push(...splitOrdinalClauses(steps[1]).map((t) => ({ text: t, line })));
      continue;
    }
    if (!/存在|不足/.test(text) || problems.length > 0) continue;
    const enumerated = splitOrdinalClauses(text);
    const listed = enumerated.length > 0 ? enumerated : sentencesAfter(text, /(?:例如|比如|主要(?:是|表现在))[，,:：]?/);
    problems.push(...listed.map((t) => ({ text: t, line })));
  }
  return { problems, nextSteps };
}

function sentencesAfter(text: string, lead: RegExp): string[] {
  const match = lead.exec(text);
  if (!match) return [];
  return (text.slice(match.index + match[0].length).match(/[^。]+。?/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
