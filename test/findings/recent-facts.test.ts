import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStatementTally } from '../../src/db/statement-counter.js';
import { loadReportFacts } from '../../src/findings/load-report-facts.js';
import { factsStamp, RecentFacts } from '../../src/findings/recent-facts.js';
import { recomputeFindings } from '../../src/findings/recompute-findings.js';
import { importReport } from '../../src/importer/import-report.js';
import { buildReportDocument } from '../../src/ingest/pipeline/build-report-document.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { type BaseText, readBaseTexts, synthesizeRun } from '../../scripts/bench/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * A bulk import remembers the facts of each report it wrote (RecentFacts) and checks the same
 * body's next year against them instead of reading last year's report back. That is right only
 * if they are the facts the database gives, and only while the stored report is unchanged.
 * The reports are the benchmark's: made-up county governments, a report a year from 2015 in the
 * format of the year, made from the seed and corpus texts.
 */

let app: TestApp;
let bases: BaseText[];
beforeAll(async () => {
  app = await startTestApp();
  bases = await readBaseTexts();
});
afterAll(() => app?.stop());

/** Government `n`'s first `years` reports, from 2015 on. */
const reportsOf = (n: number, years: number): ReportDocument[] =>
  synthesizeRun(bases, n, years).map((s) => buildReportDocument(s.text, s.origin, s.issuer));

const fork = () => app.database.orm.em.fork();

/** The stored findings of a report, as a recompute would compare them. */
const findingsOf = async (reportId: number) =>
  fork().getConnection().execute<{ rule_id: string; status: string }[]>(
    'select rule_id, fingerprint, status, expected, actual, message, involved from finding where report_id = ? order by rule_id, fingerprint',
    [reportId],
  );

describe('the facts a bulk import remembers', () => {
  it('are the facts stored, for every format and year', async () => {
    const recent = new RecentFacts();
    const docs = [...reportsOf(8101, 10), ...reportsOf(8102, 10)];
    const ids: number[] = [];
    for (const doc of docs) ids.push((await importReport(fork(), doc, { recent })).id);

    const stored = await loadReportFacts(fork(), ids);
    expect(new Set(docs.map((d) => d.format))).toEqual(new Set(['REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021']));
    ids.forEach((id, i) => expect(recent.get(id, factsStamp(1, docs[i].source.sha256))).toEqual(stored.get(id)));

    // Each year after the first was checked against the remembered year before: a recheck from the database finds the same.
    const checked = await Promise.all(ids.map(findingsOf));
    await recomputeFindings(fork(), ids, { neighbours: false });
    expect(await Promise.all(ids.map(findingsOf))).toEqual(checked);
  });

  it('save the read of last year’s report', async () => {
    const statementsFor2016 = async (n: number, recent?: RecentFacts) => {
      const [first, second] = reportsOf(n, 2);
      await importReport(fork(), first, { recent });
      const tally = { sqlStatements: 0 };
      await withStatementTally(() => importReport(fork(), second, { recent }), tally);
      return tally.sqlStatements;
    };
    // Two governments whose reports are made from the same texts, one imported without RecentFacts.
    expect((await statementsFor2016(8103)) - (await statementsFor2016(8105, new RecentFacts()))).toBe(1);
  });

  it('are not used once last year’s report has changed', async () => {
    const recent = new RecentFacts();
    const [first, second] = reportsOf(8107, 2);
    const { id } = await importReport(fork(), first, { recent });
    // Imported again by someone else, with every section rewritten (here, reversed): nothing of it is reused any more.
    const rewritten = { ...first, source: { ...first.source, sha256: 'f'.repeat(64) }, sections: first.sections.map((s) => ({ ...s, text: [...s.text].reverse().join('') })) };
    await importReport(fork(), rewritten);
    expect(recent.get(id, factsStamp(1, rewritten.source.sha256))).toBeUndefined();

    const { id: nextYear } = await importReport(fork(), second, { recent });
    const checked = await findingsOf(nextYear);
    expect(checked.filter((f) => f.rule_id === 'repeats.section-text-reused' && f.status === 'BROKEN')).toEqual([]);
    await recomputeFindings(fork(), [nextYear], { neighbours: false });
    expect(await findingsOf(nextYear)).toEqual(checked);
  });
});
