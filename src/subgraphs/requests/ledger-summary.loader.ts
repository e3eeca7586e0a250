import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import { recordBatch } from '../../observability/loader-batches.js';

/** One government's ledger for one year, counted in SQL; field names follow the SQL below. */
export interface LedgerCounts {
  received: number; in_person: number; fax: number; online: number; letter: number; other_channel: number;
  carried_from_previous: number; carried_to_next: number;
  replied: number; replied_on_time: number; replied_extended: number; replied_late: number; withdrawn: number;
  reconsiderations: number; reconsiderations_upheld: number; reconsiderations_corrected: number; reconsiderations_other: number; reconsiderations_pending: number;
  lawsuits: number; lawsuits_upheld: number; lawsuits_corrected: number; lawsuits_other: number; lawsuits_pending: number;
  /** Replies of the year by outcome and reason, as [outcome, reason or null, count]. */
  by_reason: [string, string | null, number][];
}

/*
 * A case belongs to the year it was received in; a reply or a withdrawal to the year it happened
 * in; an appeal to the year it was filed in, with its outcome as it stands now. A case is carried
 * into a year when it was received before the year and neither answered nor withdrawn before it.
 */
const SUMMARY_SQL = `
  with wanted(government_id, year) as (select * from unnest(?::int[], ?::int[])),
  c as (
    select w.year, rc.*, make_date(w.year, 1, 1) as y_start, make_date(w.year, 12, 31) as y_end
    from wanted w join request_case rc on rc.government_id = w.government_id
  ),
  ended as (select c.*, coalesce(c.replied_on, case when c.close_reason = 'WITHDRAWN' then c.closed_on end) as ended_on from c)
  select government_id, year,
    count(*) filter (where received_on between y_start and y_end)::int as received,
    count(*) filter (where received_on between y_start and y_end and channel = 'IN_PERSON')::int as in_person,
    count(*) filter (where received_on between y_start and y_end and channel = 'FAX')::int as fax,
    count(*) filter (where received_on between y_start and y_end and channel = 'ONLINE')::int as online,
    count(*) filter (where received_on between y_start and y_end and channel = 'LETTER')::int as letter,
    count(*) filter (where received_on between y_start and y_end and channel = 'OTHER')::int as other_channel,
    count(*) filter (where received_on < y_start and (ended_on is null or ended_on >= y_start))::int as carried_from_previous,
    count(*) filter (where received_on <= y_end and (ended_on is null or ended_on > y_end))::int as carried_to_next,
    count(*) filter (where replied_on between y_start and y_end)::int as replied,
    count(*) filter (where replied_on between y_start and y_end and extension_days is null and replied_on <= reply_by)::int as replied_on_time,
    count(*) filter (where replied_on between y_start and y_end and extension_days is not null and replied_on <= reply_by)::int as replied_extended,
    count(*) filter (where replied_on between y_start and y_end and replied_on > reply_by)::int as replied_late,
    count(*) filter (where close_reason = 'WITHDRAWN' and closed_on between y_start and y_end)::int as withdrawn,
    coalesce((select json_agg(json_build_array(r.outcome, r.outcome_reason, r.n) order by r.outcome, r.outcome_reason)
      from (select outcome, outcome_reason, count(*)::int as n from c c2
            where c2.government_id = ended.government_id and c2.year = ended.year and c2.replied_on between c2.y_start and c2.y_end
            group by outcome, outcome_reason) r), '[]'::json) as by_reason
  from ended group by government_id, year`;

const APPEALS_SQL = `
  with wanted(government_id, year) as (select * from unnest(?::int[], ?::int[]))
  select w.government_id, w.year,
    ${['RECONSIDERATION', 'LITIGATION'].map((kind) => {
      const name = kind === 'RECONSIDERATION' ? 'reconsiderations' : 'lawsuits';
      const of = `a.kind = '${kind}'`;
      return [`count(*) filter (where ${of})::int as ${name}`, ...['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'].map((o) => `count(*) filter (where ${of} and a.outcome = '${o}')::int as ${name}_${o.toLowerCase()}`)].join(', ');
    }).join(',\n    ')}
  from wanted w
  join request_case rc on rc.government_id = w.government_id
  join appeal a on a.request_case_id = rc.id and extract(year from a.filed_on) = w.year
  group by w.government_id, w.year`;

const EMPTY: LedgerCounts = Object.freeze({
  received: 0, in_person: 0, fax: 0, online: 0, letter: 0, other_channel: 0, carried_from_previous: 0, carried_to_next: 0,
  replied: 0, replied_on_time: 0, replied_extended: 0, replied_late: 0, withdrawn: 0,
  reconsiderations: 0, reconsiderations_upheld: 0, reconsiderations_corrected: 0, reconsiderations_other: 0, reconsiderations_pending: 0,
  lawsuits: 0, lawsuits_upheld: 0, lawsuits_corrected: 0, lawsuits_other: 0, lawsuits_pending: 0, by_reason: [],
}) as LedgerCounts;

/**
 * Ledger counts for many `governmentId@year` keys in two SELECTs. Runs on the caller's
 * transaction when there is one, so checks made inside a write see that write.
 */
export async function loadLedgerCounts(em: EntityManager, keys: readonly string[]): Promise<LedgerCounts[]> {
  const pairs = keys.map((key) => key.split('@').map(Number));
  const params = [`{${pairs.map(([g]) => g).join(',')}}`, `{${pairs.map(([, y]) => y).join(',')}}`];
  const run = (sql: string): Promise<Record<string, unknown>[]> => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
  const found = new Map<string, LedgerCounts>();
  for (const row of [...(await run(SUMMARY_SQL)), ...(await run(APPEALS_SQL))]) {
    const { government_id: governmentId, year, ...counts } = row;
    const key = `${governmentId}@${year}`;
    found.set(key, { ...(found.get(key) ?? EMPTY), ...counts });
  }
  return keys.map((key) => found.get(key) ?? EMPTY);
}

/** Whether a government's ledger holds anything for the year: reports are checked against it only then. */
export const hasLedger = (c: LedgerCounts) => c.received + c.carried_from_previous + c.replied + c.reconsiderations + c.lawsuits > 0;

export const ledgerSummaryLoaders = (em: EntityManager) => ({
  ledgerCounts: new DataLoader<string, LedgerCounts>((keys) => (recordBatch(keys.length), loadLedgerCounts(em, keys)), loaderOptions()),
});
