import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import type { TemplateVersion } from '../../parsers/template/codes.js';
import { ledgerFigures2008, type LedgerFigureCount } from './ledger-mapping-2008.js';
import { templateLedgerFigures } from './ledger-mapping-template.js';
import { hasLedger, loadLedgerCounts } from './ledger-summary.loader.js';
import { loadTemplateLedgers } from './ledger-template.loader.js';
import { recordBatch } from '../../observability/loader-batches.js';

/** A government report's table layout and year: what its figures are counted against. */
export interface LedgerTarget {
  governmentId: number;
  year: number;
  format: string;
  tableVariant: string | null;
}

export interface LedgerFigures {
  figures: LedgerFigureCount[];
  /** Whether the ledger holds any case or appeal for the year; findings are raised only then. */
  kept: boolean;
}

const isTemplate = (t: LedgerTarget) => t.format === 'TEMPLATE_2019' || t.format === 'TEMPLATE_2021';
const isNational2008 = (t: LedgerTarget) => t.format === 'REGULATION_2008' && t.tableVariant === 'NATIONAL_2014';

/**
 * The ledger's count of every application and appeal figure of each target's table, or null for
 * layouts not mapped (the simplified provincial 2008 tables). Four SELECTs at most, for any
 * number of targets, on the caller's transaction if any.
 */
export async function loadLedgerFigures(em: EntityManager, targets: readonly LedgerTarget[]): Promise<(LedgerFigures | null)[]> {
  const key = (t: LedgerTarget) => `${t.governmentId}@${t.year}`;
  const national = targets.filter(isNational2008);
  const template = targets.filter(isTemplate);
  const counts = new Map((await loadLedgerCounts(em, national.map(key))).map((c, i) => [key(national[i]), c]));
  const ledgers = new Map((await loadTemplateLedgers(em, template.map(key))).map((l, i) => [key(template[i]), l]));
  return targets.map((t) => {
    if (isNational2008(t)) {
      const c = counts.get(key(t))!;
      return { figures: ledgerFigures2008(c), kept: hasLedger(c) };
    }
    if (isTemplate(t)) {
      const l = ledgers.get(key(t))!;
      return { figures: templateLedgerFigures(l, t.format as TemplateVersion), kept: l.cases.length + l.appeals.length > 0 };
    }
    return null;
  });
}

export const ledgerFiguresLoaders = (em: EntityManager) => ({
  ledgerFigures: new DataLoader<LedgerTarget, LedgerFigures | null, string>((targets) => (recordBatch(targets.length), loadLedgerFigures(em, targets)), {
    ...loaderOptions(),
    cacheKeyFn: (t) => `${t.governmentId}@${t.year}@${t.format}@${t.tableVariant}`,
  }),
});
