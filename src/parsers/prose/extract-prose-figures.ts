import { TopicTracker } from './headings.js';
import { zeroStatements } from './patterns/negations.js';
import { nameSentenceFigures } from './sentence-figures.js';
import { splitOutside } from './sentences.js';
import { tableCode, UnlistedLetters } from './table-codes.js';
import { locateStatisticsTable } from './table-region.js';
import type { NamedQuantity, ProseFigure, ReportFamily } from './types.js';

export type { ProseFigure } from './types.js';

/**
 * The figures a report states in its prose, each with the sentence it came from, in reading order.
 *
 * Measures are the table codes of the report's family where a table row matches (2008:
 * requests.received, requests.replies.refused.other_statutory …, with the Fujian table's column
 * when the report has that table; 2019+: applications.*, appeals.* cells), and names of their own
 * elsewhere (key_domains.*, responses.*, pilot.* …; see patterns/). Prose and table are never
 * merged: a prose figure that contradicts the table is kept as printed.
 *
 * A counted number that no pattern names is kept with the measure `unclassified`, so that nothing
 * the prose states is lost; numbers in Chinese numerals and day-of-month numbers are kept only
 * when a pattern names them (一个账号, 12月31日 are not figures). Statements that something did not
 * happen (未收到…申请) give 0 (patterns/negations.ts).
 *
 * Never throws on text; work is linear in the text with bounded work per sentence.
 */
export function extractProseFigures(text: string, family: ReportFamily): ProseFigure[] {
  const table = locateStatisticsTable(text, family);
  const sentences = splitOutside(text, table);
  const topics = new TopicTracker();
  const letters = new UnlistedLetters();
  const figures: ProseFigure[] = [];
  let inherited: NamedQuantity | null = null;
  for (const sentence of sentences) {
    const topicAt = topics.enter(sentence.text);
    const named = nameSentenceFigures({ text: sentence.text, family, topicAt, inherited });
    const emit = (measure: string, value: number, unit: string) =>
      figures.push({ measure, value, unit, sentence: sentence.text, line: sentence.line });
    if (named.length === 0) {
      for (const zero of zeroStatements(sentence.text, family)) emit(tableCode(zero.measure, table?.variant ?? null, false), 0, zero.unit);
    }
    for (const figure of named) {
      const measure = figure.measure ?? (keptUnnamed(figure) ? 'unclassified' : null);
      if (!measure) continue;
      const code = measure === 'unclassified' ? measure : tableCode(letters.letter(measure), table?.variant ?? null, figure.cumulative);
      emit(code, figure.quantity.value, figure.quantity.unit);
    }
    inherited = [...named].reverse().find((n) => n.quantity.unit !== '%' && n.measure !== null) ?? null;
  }
  return figures;
}

const keptUnnamed = (figure: NamedQuantity) => !figure.quantity.chinese && figure.quantity.unit !== '日';
