import type { ReportDocument } from '../../report-document/report-document.js';

/** One figure stated in a report's prose: the document's `prose[]` item. */
export type ProseFigure = ReportDocument['prose'][number];

export type ReportFamily = ReportDocument['format'];

/** A number printed in a sentence together with its counter (条, 件, 次, %, …). */
export interface Quantity {
  value: number;
  /** The counter as printed, with ％ folded to %; 万 before a counter is folded into the value. */
  unit: string;
  /** Offsets in the sentence: the number's first character, and the end of its unit. */
  start: number;
  end: number;
  /** Written in Chinese numerals (两个, 五个); such figures are only kept when a pattern names them. */
  chinese: boolean;
}

/** A quantity once a pattern has named it; `measure` is null while no pattern has. */
export interface NamedQuantity {
  quantity: Quantity;
  measure: string | null;
  /** How it was named: as a breakdown of another figure, or on its own. */
  via: 'child' | 'top' | 'none';
  /** Said to be a running total since 2008 (历年累计), not this year's figure. */
  cumulative: boolean;
}

/** What the sentence's heading says it is about (保障性住房, 微信公众号, 政策解读 …). */
export type Topic =
  | { kind: 'domain'; slug: string }
  | { kind: 'channel'; channel: string }
  | { kind: 'interpretation' }
  | { kind: 'applications' };

/** Everything a pattern may look at when naming one quantity. Context strings are capped, so work per quantity is bounded. */
export interface FigureContext {
  family: ReportFamily;
  /** The sentence around the figure: all of it, or at most a few hundred characters either side in a very long one. */
  sentence: string;
  quantity: Quantity;
  /** From the clause start or the previous quantity's end, whichever is later, to the number. */
  left: string;
  /** From the clause start (after ，；：) to the number. */
  clauseLeft: string;
  /** From the sentence start to the number. */
  before: string;
  /** From the end of the unit to the clause end. */
  right: string;
  topic: Topic | null;
  /** The figure this one is being read as a breakdown of (set while `childOf` runs). */
  parent: NamedQuantity | null;
  /** The latest figure of this sentence named on its own, which a following figure may break down. */
  previous: NamedQuantity | null;
  /** The latest figure that is not a percentage, which a share or growth rate refers to. */
  anchor: NamedQuantity | null;
}

/**
 * One family of statement. `measureOf` names a figure that stands on its own; `childOf` names a
 * figure that breaks down `parent` (after 其中, inside brackets, or after its total, as in
 * 已答复…，已答复中“同意公开”的件数为1件). Both return null when the statement is not theirs.
 */
export interface ProsePattern {
  readonly name: string;
  measureOf?(ctx: FigureContext): string | null;
  childOf?(parent: string, ctx: FigureContext): string | null;
}
