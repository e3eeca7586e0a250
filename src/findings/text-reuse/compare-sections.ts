import type { ReportFacts, ReportFormatName, SectionFact } from '../facts.js';
import { isStandardHeading, issuerNameForms, normaliseHeading, stripBoilerplate } from './boilerplate.js';
import { bigramDice } from './similarity.js';

/**
 * Each section of a report set against the same body's report of the year before: which section
 * it is paired with, and how much of its text is last year's once boilerplate is removed. One
 * function for the findings rule (repeats.section-text-reused) and for `Report.textReuse`.
 */

/**
 * From this similarity (percent) on, a section counts as reused. Real texts share the field's
 * vocabulary (政府信息, 公开, 工作 …): paired sections of the corpus's different bodies scored
 * 6–26 %, and 平潭综合实验区's own 2019 总体情况 against its 2017 概述, written partly from it,
 * 51 %. A copy with only figures, dates and names changed scores 100 % (99.5 % for the seed's
 * section 4 with 淄博市 added to its name). 80 leaves room on both sides. In code, not in
 * config: a change must raise the rule's version, so that every report is checked again.
 */
export const REUSE_THRESHOLD_PERCENT = 80;

/**
 * Sections shorter than this, in characters after boilerplate removal, on either side are not
 * compared: a one-sentence section (本年度未收到…申请) repeats by nature, and on a few dozen
 * characters a shared phrase or two decides the score.
 */
export const MIN_COMPARED_CHARACTERS = 50;

/** Why a section has no similarity. */
export enum NotCompared {
  NO_MATCHING_SECTION = 'NO_MATCHING_SECTION',
  STATISTICS_TABLE = 'STATISTICS_TABLE',
  TOO_SHORT = 'TOO_SHORT',
}

/** One side of the comparison: a report's sections and the names to remove from them. */
export interface ReuseSide {
  year: number;
  format: ReportFormatName;
  issuerNames: (string | null)[];
  sections: SectionFact[];
}

export interface SectionReuse {
  section: SectionFact;
  /** Last year's section it is paired with, if any. */
  previous: SectionFact | null;
  /** Percent, one decimal; null when not compared. */
  similarity: number | null;
  notCompared: NotCompared | null;
  /** similarity ≥ REUSE_THRESHOLD_PERCENT */
  reused: boolean;
}

export const reuseSideOf = (report: ReportFacts): ReuseSide => ({
  year: report.year,
  format: report.format,
  issuerNames: [report.issuer.governmentName, report.issuer.departmentName],
  sections: report.sections,
});

/**
 * The 2019 and 2021 templates' sections 二 to 四 are the statistics tables, printed as text: their
 * labels are the template's and their figures are removed, so the text would always look copied.
 * Whether a table repeats last year's figures is `repeats.table-copied`'s question.
 */
const TEMPLATE_TABLE_HEADINGS = new Set(['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'].map(normaliseHeading));

function isStatisticsTable(section: SectionFact, format: ReportFormatName): boolean {
  const heading = normaliseHeading(section.heading);
  return heading.includes('统计表') || heading === '附表' || (format !== 'REGULATION_2008' && TEMPLATE_TABLE_HEADINGS.has(heading));
}

/**
 * Pairs each section with one of last year's: first by heading, compared without its years,
 * numbers and punctuation (2017年政务公开工作要点落实情况 is 2018's 2018年…). A section left over
 * is paired with last year's section at the same position only when both headings are standard
 * ones: the regulation fixes the order of its sections, and bodies reword those headings from
 * year to year (存在的主要问题和改进措施, 存在的主要问题及改进情况; 概述 became 总体情况 in
 * 2019), while a body's own headings move whenever it adds or drops a section, so their position
 * says nothing. A wrong pairing can only lower a similarity, never make a copy.
 */
function pairSections(current: SectionFact[], previous: SectionFact[]): Map<SectionFact, SectionFact> {
  const pairs = new Map<SectionFact, SectionFact>();
  const unused = new Set(previous);
  const take = (section: SectionFact, match: (p: SectionFact) => boolean) => {
    const found = [...unused].find(match);
    if (!found) return;
    pairs.set(section, found);
    unused.delete(found);
  };
  for (const section of current) take(section, (p) => normaliseHeading(p.heading) === normaliseHeading(section.heading));
  for (const section of current) {
    if (pairs.has(section) || !isStandardHeading(section.heading)) continue;
    take(section, (p) => p.ordinal === section.ordinal && isStandardHeading(p.heading));
  }
  return pairs;
}

export function compareSections(current: ReuseSide, previous: ReuseSide): SectionReuse[] {
  const names = issuerNameForms([...current.issuerNames, ...previous.issuerNames]);
  const pairs = pairSections(current.sections, previous.sections);
  return current.sections.map((section): SectionReuse => {
    const before = pairs.get(section) ?? null;
    const skip = (notCompared: NotCompared): SectionReuse => ({ section, previous: before, similarity: null, notCompared, reused: false });
    if (isStatisticsTable(section, current.format) || (before && isStatisticsTable(before, previous.format))) return skip(NotCompared.STATISTICS_TABLE);
    if (!before) return skip(NotCompared.NO_MATCHING_SECTION);
    const text = stripBoilerplate(section.text, names);
    const textBefore = stripBoilerplate(before.text, names);
    if (Array.from(text).length < MIN_COMPARED_CHARACTERS || Array.from(textBefore).length < MIN_COMPARED_CHARACTERS) return skip(NotCompared.TOO_SHORT);
    const similarity = Math.round(bigramDice(text, textBefore) * 1000) / 10;
    return { section, previous: before, similarity, notCompared: null, reused: similarity >= REUSE_THRESHOLD_PERCENT };
  });
}
