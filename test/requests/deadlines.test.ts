import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { CaseStatus, LedgerSource, RequestCase, RequestChannel, ApplicantType } from '../../src/subgraphs/requests/request-case.entity.js';
import { syncCalendar } from '../../src/subgraphs/requests/sync-calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Reply deadlines in working days, against the State Council's holiday arrangements:
 * - 2017: 国庆节 and 中秋节 off 10-01 to 10-08, Saturday 09-30 worked (国办发明电〔2016〕14号);
 * - 2019: 劳动节 off 05-01 to 05-04, Sunday 04-28 and Saturday 05-05 worked (国办发明电〔2019〕2号
 *   as amended); the revised regulation applies from 2019-05-15.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const addWorkingDays = async (start: string, days: number) =>
  ((await app.database.orm.em.fork().getConnection().execute('select add_working_days(?::date, ?)::text as day', [start, days])) as { day: string }[])[0].day;

describe('counting working days', () => {
  it('skips weekends: 15 working days from Monday 2017-03-06 end on Monday 03-27', async () => {
    expect(await addWorkingDays('2017-03-06', 15)).toBe('2017-03-27');
  });

  it('counts the make-up Saturday 2017-09-30 and skips the National Day week', async () => {
    expect(await addWorkingDays('2017-09-28', 1)).toBe('2017-09-29');
    expect(await addWorkingDays('2017-09-29', 1)).toBe('2017-09-30');
    expect(await addWorkingDays('2017-09-30', 1)).toBe('2017-10-09');
  });

  it('counts nothing for zero days', async () => {
    expect(await addWorkingDays('2017-10-01', 0)).toBe('2017-10-01');
  });
});

describe('a case’s deadlines', () => {
  const record = async (receivedOn: string, extensionDays: number | null = null) => {
    const em = app.database.orm.em.fork();
    const government = await em.findOneOrFail(Government, { name: '临淄区人民政府' });
    const row = em.create(RequestCase, {
      government, receivedOn, channel: RequestChannel.ONLINE, applicantType: ApplicantType.NATURAL_PERSON,
      subject: '测试', status: CaseStatus.RECEIVED, source: LedgerSource.SYNTHETIC, extensionDays,
    });
    await em.flush();
    await em.refresh(row);
    return { regulation: row.regulation, dueOn: row.dueOn, replyBy: row.replyBy };
  };

  it('follows the 2008 regulation before 2019-05-15: 15 working days, across 劳动节 2019', async () => {
    // From Friday 04-26: 04-28 (Sunday, worked), 04-29, 04-30, 05-05 (Sunday, worked), 05-06 to
    // 05-10, 05-13 to 05-17, and the 15th working day is Monday 05-20.
    expect(await record('2019-04-26')).toEqual({ regulation: 'REGULATION_2008', dueOn: '2019-05-20', replyBy: '2019-05-20' });
  });

  it('follows the 2019 regulation from 2019-05-15: 20 working days, and an extension of 20 more', async () => {
    expect(await record('2019-05-14')).toEqual({ regulation: 'REGULATION_2008', dueOn: '2019-06-04', replyBy: '2019-06-04' });
    expect(await record('2019-05-15')).toEqual({ regulation: 'REGULATION_2019', dueOn: '2019-06-13', replyBy: '2019-06-13' });
    expect(await record('2019-05-15', 20)).toEqual({ regulation: 'REGULATION_2019', dueOn: '2019-06-13', replyBy: '2019-07-11' });
  });

  it('refuses an extension past the regulation’s limit, and stores nothing', async () => {
    await expect(record('2017-10-09', 16)).rejects.toThrow(/an extension is 1 to 15 working days under REGULATION_2008; got 16/);
    const count = await app.database.orm.em.fork().count(RequestCase, { receivedOn: '2017-10-09' });
    expect(count).toBe(0);
  });
});

describe('the holiday calendar', () => {
  it('holds the published arrangements: 2017’s National Day week and its make-up Saturday', async () => {
    const { holidayArrangements } = await app.data('{ holidayArrangements(year: 2017) { date kind holiday } }');
    expect(holidayArrangements.filter((d: any) => d.date >= '2017-09-30' && d.date <= '2017-10-31')).toEqual([
      { date: '2017-09-30', kind: 'MAKEUP_WORKDAY', holiday: '国庆节' },
      // 中秋 fell on 10-04 that year, inside the National Day break.
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => ({ date: `2017-10-${day}`, kind: 'HOLIDAY', holiday: day === '04' ? '中秋' : '国庆节' })),
    ]);
  });

  it('is topped up at start, and the deadlines of existing cases follow it', async () => {
    const em = app.database.orm.em.fork();
    const connection = em.getConnection();
    await connection.execute(`delete from calendar_day where date = '2017-09-30'`);
    const government = await em.findOneOrFail(Government, { name: '临淄区人民政府' });
    const row = em.create(RequestCase, {
      government, receivedOn: '2017-09-15', channel: RequestChannel.LETTER, applicantType: ApplicantType.NATURAL_PERSON,
      subject: '国庆前收到的申请', status: CaseStatus.RECEIVED, source: LedgerSource.SYNTHETIC,
    });
    await em.flush();
    // Without the make-up Saturday: 10 working days to 09-29, then 10-09 to 10-13.
    expect((await app.data(`{ requestCase(id: ${row.id}) { dueOn } }`)).requestCase).toEqual({ dueOn: '2017-10-13' });
    expect(await syncCalendar(em)).toBe(1);
    expect(await syncCalendar(em)).toBe(0);
    // With it, Saturday 09-30 is the 11th, and the 15th is a day earlier.
    expect((await app.data(`{ requestCase(id: ${row.id}) { regulation dueOn replyBy repliedLate } }`)).requestCase).toEqual({
      regulation: 'REGULATION_2008', dueOn: '2017-10-12', replyBy: '2017-10-12', repliedLate: null,
    });
  });
});

describe('overdue cases', () => {
  it('are the unanswered ones past their last day to reply, longest overdue first', async () => {
    const query = (asOf: string) => app.data(`{ overdueRequestCases(asOf: "${asOf}") { totalCount edges { node { receivedOn replyBy status } } } }`);
    // Cases recorded above: received 2019-04-26, 05-14, 05-15 (twice, one extended) and 2017-09-15.
    expect((await query('2019-06-14')).overdueRequestCases).toEqual({
      totalCount: 4,
      edges: [
        { node: { receivedOn: '2017-09-15', replyBy: '2017-10-12', status: 'RECEIVED' } },
        { node: { receivedOn: '2019-04-26', replyBy: '2019-05-20', status: 'RECEIVED' } },
        { node: { receivedOn: '2019-05-14', replyBy: '2019-06-04', status: 'RECEIVED' } },
        { node: { receivedOn: '2019-05-15', replyBy: '2019-06-13', status: 'RECEIVED' } },
      ],
    });
    expect((await query('2017-10-12')).overdueRequestCases).toEqual({ totalCount: 0, edges: [] });
    expect((await query('2017-10-13')).overdueRequestCases.totalCount).toBe(1);
  });
});
