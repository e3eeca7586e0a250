import { BreakdownScope } from './breakdown.js';
import { nameFigure } from './name-figure.js';
import { findQuantities } from './numbers.js';
import type { FigureContext, NamedQuantity, ReportFamily, Topic } from './types.js';

/**
 * Names every counted number of one sentence, left to right, keeping track of what each one
 * breaks down (breakdown.ts) and what it may refer to. Context strings are cut to a few dozen
 * characters around each number, and a "sentence" with more counted numbers than any prose
 * sentence holds is a flattened table or noise and is left unread, so the work per sentence is
 * bounded whatever the input.
 */

const MAX_QUANTITIES = 150;
const LEFT_REACH = 60;
const CLAUSE_REACH = 120;
const BEFORE_REACH = 300;
const RIGHT_REACH = 40;
/** Patterns that ask about the whole sentence (试点, 公报, a list of categories) see this much of it either side of the figure. */
const SENTENCE_REACH = 400;
// Code units, not one-character strings: these are asked of every character before a figure.
const CLAUSE_BOUNDARY = new Set([...'，,；;：:。'].map((c) => c.charCodeAt(0)));
const SCOPE_CHARS = new Set([...'（(）)；;其分'].map((c) => c.charCodeAt(0)));
const CUMULATIVE = /历年累计|累计至今|历年来/;

export interface SentenceInput {
  text: string;
  family: ReportFamily;
  topicAt: (offset: number) => Topic | null;
  /** The previous sentence's latest figure, for a sentence that opens with 其中. */
  inherited: NamedQuantity | null;
}

function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - CLAUSE_REACH); i--) if (CLAUSE_BOUNDARY.has(s.charCodeAt(i))) return i + 1;
  return Math.max(0, at - CLAUSE_REACH);
}

function clauseEnd(s: string, from: number): number {
  for (let i = from; i < Math.min(s.length, from + RIGHT_REACH); i++) if (CLAUSE_BOUNDARY.has(s.charCodeAt(i))) return i;
  return Math.min(s.length, from + RIGHT_REACH);
}

export function nameSentenceFigures({ text, family, topicAt, inherited }: SentenceInput): NamedQuantity[] {
  const quantities = findQuantities(text);
  if (quantities.length === 0 || quantities.length > MAX_QUANTITIES) return [];
  const scope = new BreakdownScope(text, inherited);
  const named: NamedQuantity[] = [];
  let latest: NamedQuantity | null = null;
  let previous: NamedQuantity | null = null;
  let position = 0;
  for (const quantity of quantities) {
    for (; position < quantity.start; position++) {
      if (SCOPE_CHARS.has(text.charCodeAt(position))) scope.step(position, latest, latest?.quantity.end ?? 0);
    }
    const clause = clauseStart(text, quantity.start);
    const left = text.slice(Math.max(clause, named.at(-1)?.quantity.end ?? 0, quantity.start - LEFT_REACH), quantity.start);
    scope.beforeFigure(left);
    const ctx: FigureContext = {
      family,
      sentence: text.slice(Math.max(0, quantity.start - SENTENCE_REACH), quantity.end + SENTENCE_REACH),
      quantity,
      left,
      clauseLeft: text.slice(clause, quantity.start),
      before: text.slice(Math.max(0, quantity.start - BEFORE_REACH), quantity.start),
      right: text.slice(quantity.end, clauseEnd(text, quantity.end)),
      topic: topicAt(quantity.start),
      parent: null,
      previous,
      anchor: latest,
    };
    const { measure, via } = nameFigure(ctx, scope.parent());
    const figure: NamedQuantity = { quantity, measure, via, cumulative: CUMULATIVE.test(ctx.clauseLeft) };
    named.push(figure);
    // A share or growth refers to a figure, not to a change of it (增加500条，增长16.9% is 16.9% of the total's growth).
    if (quantity.unit !== '%' && !/_(increase|decrease|per_day)$/.test(measure ?? '')) latest = figure;
    if (via === 'top' && quantity.unit !== '%') previous = figure;
    position = quantity.end;
  }
  return named;
}
