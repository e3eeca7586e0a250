import { cellMap, type CheckInput, type ProseFact, type SectionFact } from '../facts.js';
import { cellRef, proseRef } from '../check-helpers.js';
import { firstOfEachMeasure } from '../prose-groups.js';
import type { CheckOutcome, InvolvedRef, Rule } from '../rule.js';
import { compareSections, MIN_COMPARED_CHARACTERS, REUSE_THRESHOLD_PERCENT, reuseSideOf } from '../text-reuse/compare-sections.js';

/** What repeats where it should not: two key domains with one count, a table or a section's text copied from last year. */

/** Small counts coincide by chance; from this size on, identical counts suggest a copied figure. */
const REPEAT_MINIMUM = 100;
const KEY_DOMAIN_ITEMS = /^key_domains\.[a-z_]+\.items$/;
/** A table is suspect when this share of its non-zero cells, and at least `COPY_MINIMUM_CELLS`, repeat last year's values. */
const COPY_SHARE = 0.9;
const COPY_MINIMUM_CELLS = 5;

export const repeatRules: Rule[] = [
  {
    id: 'repeats.key-domain-counts',
    version: 1,
    family: 'REPEATS',
    severity: 'WARNING',
    description: {
      en: `No two key domains (重点领域) report the identical item count of ${REPEAT_MINIMUM} or more`,
      zh: `不同重点领域公开信息条数不应完全相同（${REPEAT_MINIMUM}条及以上）`,
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const domains = firstOfEachMeasure(report.prose.filter((p) => KEY_DOMAIN_ITEMS.test(p.measure)));
      if (domains.length < 2) return [];
      const byValue = new Map<number, ProseFact[]>();
      for (const d of domains.filter((d) => d.value >= REPEAT_MINIMUM)) byValue.set(d.value, [...(byValue.get(d.value) ?? []), d]);
      const repeats = [...byValue].filter(([, same]) => same.length > 1);
      if (repeats.length === 0) {
        return [{ holds: true, expected: null, actual: null, message: `The ${domains.length} key domains report distinct counts`, involved: [] }];
      }
      return repeats.map(([value, same]) => ({
        holds: false,
        expected: null,
        actual: value,
        message: `${same.length} key domains report exactly ${value} items: ${same.map((d) => d.measure.split('.')[1]).join(', ')}`,
        involved: same.map((d) => proseRef(d)),
      }));
    },
  },
  {
    id: 'repeats.table-copied',
    version: 1,
    family: 'REPEATS',
    severity: 'WARNING',
    description: {
      en: `The statistics table is not a copy of last year’s: fewer than ${COPY_SHARE * 100}% of its non-zero cells repeat last year’s values`,
      zh: `统计表不应照搬上年：与上年数值相同的非零单元格少于${COPY_SHARE * 100}%`,
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous || previous.format !== report.format) return [];
      const before = cellMap(previous);
      const nonZero = report.cells.filter((c) => c.value != null && c.value !== 0 && !c.code.endsWith('.cumulative') && before.get(c.code)?.value != null);
      if (nonZero.length < COPY_MINIMUM_CELLS) return [];
      const same = nonZero.filter((c) => before.get(c.code)!.value === c.value);
      const holds = same.length < nonZero.length * COPY_SHARE;
      return [{
        holds,
        expected: null,
        actual: same.length,
        message: `${same.length} of ${nonZero.length} non-zero cells repeat ${previous.year}'s values`,
        involved: holds ? [] : same.map((c) => cellRef(c)),
      }];
    },
  },
  {
    id: 'repeats.section-text-reused',
    version: 1,
    family: 'REPEATS',
    severity: 'WARNING',
    description: {
      en: `No section repeats the text of the same body’s section of last year: under ${REUSE_THRESHOLD_PERCENT}% similar (character-bigram Dice) once figures, dates, names and template wording are removed; sections under ${MIN_COMPARED_CHARACTERS} characters are not compared`,
      zh: `各章节不应照搬上年报告同一章节：去除数字、日期、机关名称和模板用语后，文本重复率（字符二元组Dice系数）低于${REUSE_THRESHOLD_PERCENT}%；不足${MIN_COMPARED_CHARACTERS}字的章节不比较`,
    },
    // One check per compared section: each copied section is its own finding, which an analyst can
    // confirm or dismiss on its own (a body may keep, say, its 概述 on purpose).
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous) return [];
      return compareSections(reuseSideOf(report), reuseSideOf(previous)).flatMap(({ section, previous: before, similarity, reused }): CheckOutcome[] => {
        if (similarity === null || !before) return [];
        return [{
          holds: !reused,
          expected: null,
          actual: similarity,
          message: reused
            ? `Section ${section.ordinal} ${section.heading} repeats ${previous.year}'s section ${before.ordinal} ${before.heading}: ${similarity}% similar after boilerplate removal`
            : `Section ${section.ordinal} ${section.heading} is ${similarity}% similar to ${previous.year}'s section ${before.ordinal} ${before.heading}`,
          involved: [sectionHeadingRef(section, null), sectionHeadingRef(before, previous.year)],
        }];
      });
    },
  },
];

/**
 * A section by its heading and line, without its text: a copied report would otherwise
 * store its whole text twice more in its findings. The text is one hop away (Report.sections).
 */
const sectionHeadingRef = (section: SectionFact, year: number | null): InvolvedRef => ({
  kind: 'SECTION', code: null, label: section.heading, value: null, text: null, line: section.startLine, year,
});
