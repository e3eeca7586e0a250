import type { EntityManager } from '@mikro-orm/core';
import { Report, ReportFormat } from '../reports/report.entity.js';
import { FigureSource, statistics2008 } from '../reports/statistics-2008.view.js';
import { StatisticsCell } from '../reports/statistics-cell.entity.js';
import type { OutcomeReason, ReplyOutcome } from './case-outcome.js';
import { recheckLedgerReports } from './recheck-ledger-reports.js';
import { LedgerSource, RequestCase } from './request-case.entity.js';

export class DemoLedgerError extends Error {}

type Reply = [`${ReplyOutcome}`, OutcomeReason | null];
type AppealOutcomes = { total: number | null; upheld: number | null; corrected: number | null; other: number | null };

/**
 * Builds a demo ledger whose counts equal a 2008-format report's table: one SYNTHETIC case per
 * application received, with the table's channels, replies (by outcome and reason), extensions,
 * reconsiderations and lawsuits. Deterministic: the same report always gives the same cases.
 * Refuses a report whose table does not add up, since no ledger could match it.
 */
export async function generateDemoLedger(em: EntityManager, reportId: number): Promise<{ cases: number; appeals: number }> {
  const report = await em.findOne(Report, { id: reportId });
  if (!report) throw new DemoLedgerError(`no report ${reportId}`);
  if (report.format !== ReportFormat.REGULATION_2008) throw new DemoLedgerError(`report ${reportId} is ${report.format}; the demo ledger follows the 2008 table`);
  const cells = await em.find(StatisticsCell, { report: reportId });
  const values = new Map(cells.map((c) => [c.code, c.value]));
  const { applications: a, reconsiderations, litigation } = statistics2008(FigureSource.TABLE, (code) => values.get(code) ?? null);
  const n = (value: number | null, what: string) => {
    if (value === null) throw new DemoLedgerError(`the table of report ${reportId} does not state ${what}`);
    return value;
  };

  const repeat = <T>(count: number | null, item: T, what: string): T[] => Array.from({ length: n(count, what) }, () => item);
  const channels = [
    ...repeat(a.received.inPerson, 'IN_PERSON', '当面申请数'), ...repeat(a.received.fax, 'FAX', '传真申请数'), ...repeat(a.received.online, 'ONLINE', '网络申请数'),
    ...repeat(a.received.letter, 'LETTER', '信函申请数'), ...repeat(a.received.other, 'OTHER', '其他形式'),
  ];
  const r = a.replies;
  const refused: Reply[] = [
    ...repeat<Reply>(r.refused.stateSecret, ['WITHHELD', 'STATE_SECRET'], '涉及国家秘密'), ...repeat<Reply>(r.refused.commercialSecret, ['WITHHELD', 'TRADE_SECRET'], '涉及商业秘密'),
    ...repeat<Reply>(r.refused.personalPrivacy, ['WITHHELD', 'PERSONAL_PRIVACY'], '涉及个人隐私'), ...repeat<Reply>(r.refused.securityStability, ['WITHHELD', 'ENDANGERS_SECURITY'], '危及安全稳定'),
    ...repeat<Reply>(r.refused.notGovernmentInformation, ['WITHHELD', 'NOT_GOVERNMENT_INFORMATION'], '不是政府信息'), ...repeat<Reply>(r.refused.otherStatutory, ['WITHHELD', 'OTHER_STATUTORY'], '其他情形'),
  ];
  if (refused.length !== n(r.refused.total, '不同意公开答复数')) throw new DemoLedgerError(`the refusal reasons add up to ${refused.length}, not the ${r.refused.total} refusals`);
  const replies: Reply[] = [
    ...repeat<Reply>(r.alreadyPublic, ['DISCLOSED', 'ALREADY_PUBLISHED'], '属于已主动公开范围数'), ...repeat<Reply>(r.granted, ['DISCLOSED', null], '同意公开答复数'),
    ...repeat<Reply>(r.partiallyGranted, ['PARTLY_DISCLOSED', null], '同意部分公开答复数'), ...refused,
    ...repeat<Reply>(r.notThisOrgan, ['UNAVAILABLE', 'NOT_THIS_ORGAN'], '不属于本行政机关公开数'), ...repeat<Reply>(r.notExist, ['UNAVAILABLE', 'DOES_NOT_EXIST'], '申请信息不存在数'),
    ...repeat<Reply>(r.correctionRequested, ['OTHER', 'ASKED_TO_AMEND'], '告知作出更改补充数'), ...repeat<Reply>(r.otherChannel, ['OTHER', 'OTHER_CHANNEL'], '告知通过其他途径办理数'),
  ];
  const total = channels.length;
  for (const [count, what] of [[replies.length, 'replies'], [n(a.closed.total, '申请办结数'), 'applications closed']] as const) {
    if (count !== total) throw new DemoLedgerError(`the table has ${total} applications received but ${count} ${what}; a ledger cannot match both`);
  }
  if (await em.count(RequestCase, { government: report.government.id, source: LedgerSource.SYNTHETIC, receivedOn: { $gte: `${report.year}-01-01`, $lte: `${report.year}-12-31` } })) {
    throw new DemoLedgerError(`government ${report.government.id} already has a demo ledger for ${report.year}`);
  }
  return insertLedger(em, report, channels, replies, n(a.closed.extended, '延期办结数'), [
    ['RECONSIDERATION', reconsiderations],
    ['LITIGATION', litigation],
  ]);
}

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
/** A stride that visits every index once, to spread each kind of reply over the year. */
const strideFor = (total: number) => [7, 11, 13, 17, 19, 23].find((k) => gcd(k, total) === 1) ?? 1;

async function insertLedger(
  em: EntityManager,
  report: Report,
  channels: string[],
  replies: Reply[],
  extended: number,
  appeals: [string, AppealOutcomes][],
): Promise<{ cases: number; appeals: number }> {
  const total = channels.length;
  const stride = strideFor(total);
  const rows = channels.map((channel, i) => {
    const slot = (i * stride) % total;
    const [outcome, reason] = replies[slot];
    const day = new Date(Date.UTC(report.year, 0, 2 + Math.floor((i * 300) / total)));
    // Replies 1 to 15 working days after receipt, or after the statutory end when extended.
    return { no: i + 1, received_on: day.toISOString().slice(0, 10), channel, extended: slot < extended, after_days: 1 + (i % 15), outcome, reason };
  });
  return em.transactional(async (tx) => {
    // Statements must run on the transaction's connection, not on another one from the pool.
    const run = (sql: string, params: unknown[]): Promise<any> => tx.getConnection().execute(sql, params, 'all', tx.getTransactionContext());
    const payload = JSON.stringify(rows);
    const ids: { id: number; no: number }[] = await run(
      `insert into request_case (government_id, received_on, channel, applicant_type, subject, status, source, extension_days)
       select ?, t.received_on, t.channel::request_channel, 'NATURAL_PERSON', '演示台账：合成申请第' || t.no || '号', 'RECEIVED', 'SYNTHETIC', case when t.extended then 15 end
       from json_to_recordset(?::json) as t(no int, received_on date, channel text, extended boolean)
       returning id, (regexp_match(subject, '第(\\d+)号'))[1]::int as no`,
      [report.government.id, payload],
    );
    const idByNo = JSON.stringify(ids.map(({ id, no }) => ({ id, ...rows[no - 1] })));
    await run(
      `update request_case rc set replied_on = add_working_days(case when t.extended then rc.due_on else rc.received_on end, t.after_days),
         outcome = t.outcome::reply_outcome, outcome_reason = t.reason
       from json_to_recordset(?::json) as t(id int, extended boolean, after_days int, outcome text, reason text) where rc.id = t.id`,
      [idByNo],
    );
    const caseIds = `{${ids.map((r) => r.id).join(',')}}`;
    await run(`update request_case set status = 'CLOSED', close_reason = 'COMPLETED', closed_on = replied_on where id = any(?::int[])`, [caseIds]);
    await run(
      `insert into case_event (request_case_id, kind, recorded_by, details)
       select id, 'REGISTERED', 'demo-ledger', json_build_object('source', 'SYNTHETIC', 'generatedFromReport', ?::int) from request_case where id = any(?::int[]) order by id`,
      [report.id, caseIds],
    );
    const appealCount = await insertAppeals(tx, report, caseIds, appeals);
    await recheckLedgerReports(tx, report.government.id, `${report.year}-01-01`);
    return { cases: ids.length, appeals: appealCount };
  });
}

/**
 * Appeals go to the cases refused or not provided, earliest replies first (so each is filed
 * within the year), one appeal per case; lawsuits go straight to court.
 */
async function insertAppeals(em: EntityManager, report: Report, caseIds: string, appeals: [string, AppealOutcomes][]): Promise<number> {
  const run = (sql: string, params: unknown[]): Promise<any> => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
  const candidates: { id: number }[] = await run(
    `select id from request_case where id = any(?::int[]) and replied_on <= ?::date
     order by outcome in ('DISCLOSED', 'PARTLY_DISCLOSED'), replied_on, id`,
    [caseIds, `${report.year}-12-01`],
  );
  const planned = appeals.flatMap(([kind, o]) => {
    const outcomes = [...Array(o.upheld ?? 0).fill('UPHELD'), ...Array(o.corrected ?? 0).fill('CORRECTED'), ...Array(o.other ?? 0).fill('OTHER')];
    if (outcomes.length !== (o.total ?? 0)) throw new DemoLedgerError(`the ${kind.toLowerCase()} outcomes add up to ${outcomes.length}, not ${o.total}`);
    return outcomes.map((outcome) => ({ kind, outcome }));
  });
  if (planned.length > candidates.length) throw new DemoLedgerError(`${planned.length} appeals need as many cases answered by December`);
  const rows = JSON.stringify(planned.map((p, i) => ({ ...p, id: candidates[i].id })));
  await run(
    `insert into appeal (request_case_id, kind, filed_on, after_reconsideration, outcome, decided_on)
     select t.id, t.kind::appeal_kind, rc.replied_on + 10, false, t.outcome::appeal_outcome, rc.replied_on + 40
     from json_to_recordset(?::json) as t(id int, kind text, outcome text) join request_case rc on rc.id = t.id`,
    [rows],
  );
  return planned.length;
}
