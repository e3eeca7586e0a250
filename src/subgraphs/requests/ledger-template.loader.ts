import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import { recordBatch } from '../../observability/loader-batches.js';

/** A count of a government's cases for a year, by applicant type and by where they stand. */
export interface TemplateLedgerRow {
  kind: 'new_received' | 'carried_over' | 'carried_forward' | 'replied';
  applicantType: string;
  outcome: string | null;
  reason: string | null;
  count: number;
}

/** Appeals filed in the year, by kind, route to court and result. */
export interface TemplateAppealRow {
  kind: 'RECONSIDERATION' | 'LITIGATION';
  afterReconsideration: boolean;
  outcome: string;
  count: number;
}

export interface TemplateLedger {
  cases: TemplateLedgerRow[];
  appeals: TemplateAppealRow[];
}

// The year's cases by the section-三 rows of the 2019+ templates; the same year rules as ledger-summary.loader.ts.
const CASES_SQL = `
  with wanted(government_id, year) as (select * from unnest(?::int[], ?::int[])),
  c as (
    select w.year, rc.government_id, rc.applicant_type::text as applicant_type, rc.received_on, rc.replied_on, rc.outcome::text as outcome, rc.outcome_reason,
           make_date(w.year, 1, 1) as y_start, make_date(w.year, 12, 31) as y_end,
           coalesce(rc.replied_on, case when rc.close_reason = 'WITHDRAWN' then rc.closed_on end) as ended_on
    from wanted w join request_case rc on rc.government_id = w.government_id
  )
  select government_id, year, 'new_received' as kind, applicant_type, null as outcome, null as reason, count(*)::int as count
    from c where received_on between y_start and y_end group by 1, 2, 4
  union all
  select government_id, year, 'carried_over', applicant_type, null, null, count(*)::int
    from c where received_on < y_start and (ended_on is null or ended_on >= y_start) group by 1, 2, 4
  union all
  select government_id, year, 'carried_forward', applicant_type, null, null, count(*)::int
    from c where received_on <= y_end and (ended_on is null or ended_on > y_end) group by 1, 2, 4
  union all
  select government_id, year, 'replied', applicant_type, outcome, outcome_reason, count(*)::int
    from c where replied_on between y_start and y_end group by 1, 2, 4, 5, 6`;

const APPEALS_SQL = `
  with wanted(government_id, year) as (select * from unnest(?::int[], ?::int[]))
  select w.government_id, w.year, a.kind::text as kind, a.after_reconsideration, a.outcome::text as outcome, count(*)::int as count
  from wanted w
  join request_case rc on rc.government_id = w.government_id
  join appeal a on a.request_case_id = rc.id and extract(year from a.filed_on) = w.year
  group by 1, 2, 3, 4, 5`;

/** The template-shaped ledger for many `governmentId@year` keys in two SELECTs, on the caller's transaction if any. */
export async function loadTemplateLedgers(em: EntityManager, keys: readonly string[]): Promise<TemplateLedger[]> {
  const pairs = keys.map((key) => key.split('@').map(Number));
  const params = [`{${pairs.map(([g]) => g).join(',')}}`, `{${pairs.map(([, y]) => y).join(',')}}`];
  const run = (sql: string): Promise<Record<string, any>[]> => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
  const found = new Map<string, TemplateLedger>(keys.map((key) => [key, { cases: [], appeals: [] }]));
  for (const row of await run(CASES_SQL)) {
    found.get(`${row.government_id}@${row.year}`)?.cases.push({ kind: row.kind, applicantType: row.applicant_type, outcome: row.outcome, reason: row.reason, count: row.count });
  }
  for (const row of await run(APPEALS_SQL)) {
    found.get(`${row.government_id}@${row.year}`)?.appeals.push({ kind: row.kind, afterReconsideration: row.after_reconsideration, outcome: row.outcome, count: row.count });
  }
  return keys.map((key) => found.get(key)!);
}

export const templateLedgerLoaders = (em: EntityManager) => ({
  templateLedger: new DataLoader<string, TemplateLedger>((keys) => (recordBatch(keys.length), loadTemplateLedgers(em, keys)), loaderOptions()),
});
