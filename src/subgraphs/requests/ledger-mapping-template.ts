import { cellCode, cellLabel, sectionRows, type TemplateVersion } from '../../parsers/template/codes.js';
import type { OutcomeReason } from './case-outcome.js';
import type { TemplateLedger } from './ledger-template.loader.js';
import type { LedgerFigureCount } from './ledger-mapping-2008.js';

const APPLICANT_COLUMN: Record<string, string> = {
  NATURAL_PERSON: 'natural_person',
  COMMERCIAL: 'commercial',
  RESEARCH: 'research',
  PUBLIC_INTEREST: 'public_interest',
  LEGAL_SERVICE: 'legal_service',
  OTHER_ORGANISATION: 'other_org',
};

/** The section-三 result row of a reply, by its reason (or outcome, for disclosures). */
function resultRow(outcome: string | null, reason: OutcomeReason | null, version: TemplateVersion): string | null {
  if (outcome === 'DISCLOSED') return 'granted';
  if (outcome === 'PARTLY_DISCLOSED') return 'partially_granted';
  const rows: Partial<Record<OutcomeReason, string>> = {
    STATE_SECRET: 'withheld.state_secret',
    PROHIBITED_BY_LAW: 'withheld.prohibited_by_law',
    ENDANGERS_SECURITY: 'withheld.three_securities_one_stability',
    THIRD_PARTY_RIGHTS: 'withheld.third_party_rights',
    INTERNAL_AFFAIRS: 'withheld.internal_affairs',
    PROCESS_INFORMATION: 'withheld.process_information',
    ENFORCEMENT_CASE_FILE: 'withheld.enforcement_case_file',
    ADMINISTRATIVE_QUERY: 'withheld.administrative_query',
    NOT_HELD: 'unavailable.not_held',
    NEEDS_CREATION: 'unavailable.needs_creation',
    UNCLEAR_AFTER_CORRECTION: 'unavailable.unclear_after_correction',
    PETITION_COMPLAINT: 'not_processed.petition_complaint',
    DUPLICATE: 'not_processed.duplicate',
    PUBLICATION: 'not_processed.publication',
    MASS_REPETITIVE: 'not_processed.mass_repetitive',
    CONFIRM_OR_REISSUE: 'not_processed.confirm_or_reissue',
    NO_CORRECTION_IN_TIME: 'other.no_correction_overdue',
    FEE_UNPAID: 'other.fee_unpaid',
    OTHER: 'other.other',
  };
  const row = reason ? rows[reason] : undefined;
  if (!row) return null;
  // The 2019 template has one 其他处理 row.
  return version === 'TEMPLATE_2019' && row.startsWith('other.') ? 'other' : row;
}

const APPEAL_GROUP = (kind: string, afterReconsideration: boolean) =>
  kind === 'RECONSIDERATION' ? 'reconsideration' : afterReconsideration ? 'litigation_after_reconsideration' : 'litigation_direct';

/**
 * Every section-三 and section-四 cell of a 2019/2021 table, counted from the ledger: rows by
 * where cases stand and how they were answered, columns by applicant type, plus the totals.
 * Replies with a reason of the 2008 lists fit no row and are left out.
 */
export function templateLedgerFigures(ledger: TemplateLedger, version: TemplateVersion): LedgerFigureCount[] {
  const counts = new Map<string, number>();
  const add = (code: string, n: number) => counts.set(code, (counts.get(code) ?? 0) + n);
  for (const row of ledger.cases) {
    const key = row.kind === 'replied' ? resultRow(row.outcome, row.reason as OutcomeReason | null, version) : row.kind;
    if (!key) continue;
    const rows = row.kind === 'replied' ? [key, 'total_processed'] : [key];
    for (const r of rows) {
      add(cellCode('applications', r, APPLICANT_COLUMN[row.applicantType]), row.count);
      add(cellCode('applications', r, 'total'), row.count);
    }
  }
  for (const appeal of ledger.appeals) {
    const group = APPEAL_GROUP(appeal.kind, appeal.afterReconsideration);
    add(cellCode('appeals', group, appeal.outcome.toLowerCase()), appeal.count);
    add(cellCode('appeals', group, 'total'), appeal.count);
  }
  return (['applications', 'appeals'] as const).flatMap((section) =>
    sectionRows(section, version).flatMap((row) =>
      row.columns.map((col) => {
        const code = cellCode(section, row.key, col.key);
        return { code, label: cellLabel(row, col), ledger: counts.get(code) ?? 0 };
      }),
    ),
  );
}
