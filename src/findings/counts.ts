import type { CellFact, ProseFact } from './facts.js';

/** Cells that hold money or a signed change rather than a count. */
export const isCountCell = (cell: Pick<CellFact, 'code' | 'unit' | 'raw'>): boolean =>
  !(/元/.test(cell.unit ?? '') || /\.(change|amount)$/.test(cell.code) || /budget|fees_waived/.test(cell.code) || /元/.test(cell.raw));

/** Prose figures that count things: not shares, rates per day or month, growth or money. */
export const isCountProse = (figure: Pick<ProseFact, 'measure' | 'unit'>): boolean =>
  figure.unit !== '%' && !/元/.test(figure.unit) && !/(_per_[a-z]+|_share|_growth|change|amount)$/.test(figure.measure);
