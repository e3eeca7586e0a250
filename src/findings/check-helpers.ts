import type { CellFact, ProseFact, ReportFacts, SectionFact } from './facts.js';
import type { CheckOutcome, InvolvedRef } from './rule.js';

/** Building blocks the rule files share: refs to what a check looked at, and sums. */

export const cellRef = (cell: CellFact, year: number | null = null): InvolvedRef => ({
  kind: 'CELL', code: cell.code, label: cell.label, value: cell.value, text: cell.raw, line: cell.line, year,
});

export const proseRef = (figure: ProseFact, year: number | null = null): InvolvedRef => ({
  kind: 'PROSE', code: figure.measure, label: null, value: figure.value, text: figure.sentence, line: figure.line, year,
});

export const sectionRef = (section: SectionFact): InvolvedRef => ({
  kind: 'SECTION', code: null, label: section.heading, value: null, text: section.text, line: section.startLine, year: null,
});

export const sentenceRef = (sentence: string, line: number | null): InvolvedRef => ({
  kind: 'PROSE', code: null, label: null, value: null, text: sentence, line, year: null,
});

export const reportRef = (report: ReportFacts, value: number | null = null): InvolvedRef => ({
  kind: 'REPORT',
  code: null,
  label: report.issuer.departmentName ?? report.issuer.governmentName,
  value,
  text: null,
  line: null,
  year: report.year,
});

/** Sums keep the decimals of the figures (万元 amounts); float noise is rounded off. */
export const sum = (values: number[]): number => Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

export const formatNumber = (n: number | null): string => (n == null ? 'blank' : String(n));

/**
 * `total` against the sum of `parts`. Blank parts count as 0 (blank cells usually mean zero), but
 * nothing is checked when the total is blank or every part is: formats.md treats blank as not stated.
 */
export function sumCheck(total: CellFact | undefined, parts: CellFact[], describe: string): CheckOutcome | null {
  if (!total || total.value == null || parts.length === 0 || parts.every((p) => p.value == null)) return null;
  const expected = sum(parts.map((p) => p.value ?? 0));
  const holds = expected === total.value;
  const terms = parts.map((p) => formatNumber(p.value)).join(' + ');
  return {
    holds,
    expected,
    actual: total.value,
    message: `${describe}: ${total.label} ${formatNumber(total.value)} ${holds ? '=' : '≠'} ${terms}${holds ? '' : ` = ${expected}`}`,
    involved: [cellRef(total), ...parts.map((p) => cellRef(p))],
  };
}

/** Each sentence once, in order: several figures share one sentence. */
export function distinctSentences(report: ReportFacts): { sentence: string; line: number }[] {
  const seen = new Set<string>();
  const out: { sentence: string; line: number }[] = [];
  for (const p of report.prose) {
    if (seen.has(p.sentence)) continue;
    seen.add(p.sentence);
    out.push({ sentence: p.sentence, line: p.line });
  }
  return out;
}

/**
 * Sentences of the sections (split at 。！？；) and of the prose figures, each once: the text the
 * wording rules search. Reports whose text came flattened have no sections, only figure sentences.
 */
export function allSentences(report: ReportFacts): readonly FactSentence[] {
  // Several rules search them: split once per report, again only if its sections or figures changed.
  const kept = sentencesOf.get(report);
  if (kept && kept.sections === report.sections && kept.sectionCount === report.sections.length && kept.prose === report.prose && kept.proseCount === report.prose.length) {
    return kept.sentences;
  }
  const sentences = splitAllSentences(report);
  sentencesOf.set(report, { sections: report.sections, sectionCount: report.sections.length, prose: report.prose, proseCount: report.prose.length, sentences });
  return sentences;
}

type FactSentence = { sentence: string; line: number | null };

const sentencesOf = new WeakMap<ReportFacts, { sections: SectionFact[]; sectionCount: number; prose: ProseFact[]; proseCount: number; sentences: readonly FactSentence[] }>();

function splitAllSentences(report: ReportFacts): FactSentence[] {
  const seen = new Set<string>();
  const out: FactSentence[] = [];
  const add = (sentence: string, line: number | null) => {
    const trimmed = sentence.trim();
    if (trimmed.length === 0 || seen.has(trimmed)) return;
    seen.add(trimmed);
    out.push({ sentence: trimmed, line });
  };
  for (const section of report.sections) for (const s of section.text.split(/(?<=[。！？；])/)) add(s, section.startLine);
  for (const { sentence, line } of distinctSentences(report)) add(sentence, line);
  return out;
}
