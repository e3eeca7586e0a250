import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { addProtectedData, bearer, keyFor } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { linziAreas, reportProgress } from './support.js';

// reportPilotProgress over HTTP: who may write, and what a statement must satisfy.
let app: TestApp;
let linziId: number;
let areas: Map<string, string>;
let editor: string;
beforeAll(async () => {
  app = await startTestApp();
  linziId = (await app.database.orm.em.fork().findOneOrFail(Government, { name: '临淄区人民政府' })).id;
  areas = await linziAreas(app);
  editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
});
afterAll(() => app?.stop());

const finance = () => areas.get('财政预决算')!;
const history = async () =>
  (await app.data(`{ pilotArea: pilotPrograms { sites { areas { name progress { phase { ordinal } status percent asOf reason } } } } }`)).pilotArea[0].sites[0].areas.find(
    (a: any) => a.name === '财政预决算',
  ).progress;
const codes = (body: any) => body.errors.map((e: any) => [e.extensions.code, e.extensions.argumentName ?? null, e.message]);

// The seed's one statement (line 457): phase 2, in progress, as of the end of 2017.
const SEEDED = { phase: { ordinal: 2 }, status: 'IN_PROGRESS', percent: null, asOf: '2017-12-31', reason: null };

describe('who may report pilot progress', () => {
  it('refuses the public, provincial keys and another county’s editor, and records nothing', async () => {
    const { shandongId } = await addProtectedData(app.database.orm);
    const statement = { areaId: finance(), phase: 2, status: 'DONE' as const, note: '目录已编制完成', asOf: '2018-01-25' };
    expect(codes((await reportProgress(app, statement, {})).body)).toEqual([
      ['UNAUTHENTICATED', null, `Reporting pilot progress needs an API key: send "Authorization: Bearer <key>" with an editor key of government ${linziId}.`],
    ]);
    const provincial = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' });
    expect(codes((await reportProgress(app, statement, bearer(provincial))).body)[0].slice(0, 1)).toEqual(['FORBIDDEN']);
    const otherCounty = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: shandongId });
    expect(codes((await reportProgress(app, statement, bearer(otherCounty))).body)).toEqual([
      ['FORBIDDEN', null, `Reporting pilot progress for government ${linziId} needs an editor key of that government or an admin key; the key ${otherCounty.slice(0, 12)}… writes for government ${shandongId} only.`],
    ]);
    expect(await history()).toEqual([SEEDED]);
  });

  it('records the statement of the government’s editor, and of an admin, in order', async () => {
    const first = await reportProgress(app, { areaId: finance(), phase: 2, status: 'DONE', percent: 100, note: ' 目录已编制完成 ', asOf: '2018-01-25' }, bearer(editor));
    expect(first.body).toEqual({
      data: {
        reportPilotProgress: { area: { name: '财政预决算' }, phase: { ordinal: 2 }, status: 'DONE', percent: 100, note: '目录已编制完成', asOf: '2018-01-25', reason: null, reporter: editor.slice(0, 12) },
      },
    });
    const admin = await keyFor(app.database.orm, ApiKeyRole.ADMIN);
    const second = await reportProgress(app, { areaId: finance(), phase: 3, status: 'IN_PROGRESS', percent: 20, note: '全面组织落实', asOf: '2018-02-25' }, bearer(admin));
    expect(second.body.data.reportPilotProgress.reporter).toBe(admin.slice(0, 12));
    expect(await history()).toEqual([
      SEEDED,
      { phase: { ordinal: 2 }, status: 'DONE', percent: 100, asOf: '2018-01-25', reason: null },
      { phase: { ordinal: 3 }, status: 'IN_PROGRESS', percent: 20, asOf: '2018-02-25', reason: null },
    ]);
    const { pilotPrograms } = await app.data('{ pilotPrograms { sites { areas { name currentPhase { ordinal } currentStatus } } } }');
    expect(pilotPrograms[0].sites[0].areas.find((a: any) => a.name === '财政预决算')).toEqual({ name: '财政预决算', currentPhase: { ordinal: 3 }, currentStatus: 'IN_PROGRESS' });
  });
});

describe('a statement of progress', () => {
  // After the test above, the area stands at phase 3, in progress, as of 2018-02-25.
  const refused = async (input: Record<string, unknown>) => {
    const before = await history();
    const { body } = await reportProgress(app, { areaId: finance(), phase: 3, status: 'IN_PROGRESS', note: '推进中', asOf: '2018-03-25', ...input } as never, bearer(editor));
    expect(await history()).toEqual(before);
    return codes(body);
  };

  it('must name a known area and a phase of the programme', async () => {
    expect(await refused({ areaId: '999999' })).toEqual([['NOT_FOUND', 'areaId', 'No PilotArea with areaId "999999". Look it up through a list field first.']]);
    expect(await refused({ phase: 6 })).toEqual([
      ['BAD_USER_INPUT', 'phase', 'The programme has no phase 6; its phases are 1 动员部署, 2 梳理编制标准目录, 3 全面组织落实, 4 初验评估总结, 5 迎接验收评估.'],
    ]);
  });

  it('is not dated in the future, before the designation, or before the area’s latest statement', async () => {
    expect((await refused({ asOf: '2999-01-01' }))[0].slice(0, 2)).toEqual(['BAD_USER_INPUT', 'asOf']);
    expect(await refused({ asOf: '2017-09-30' })).toEqual([['BAD_USER_INPUT', 'asOf', '"asOf" 2017-09-30 is before the site was designated (2017-10).']]);
    expect(await refused({ asOf: '2018-02-24' })).toEqual([
      ['BAD_USER_INPUT', 'asOf', `"asOf" 2018-02-24 is before the area's latest statement (2018-02-25); progress is reported in date order.`],
    ]);
  });

  it('does not move back without a reason', async () => {
    expect(await refused({ phase: 2, status: 'DONE' })).toEqual([
      ['BAD_USER_INPUT', 'reason', 'The area was at phase 3, IN_PROGRESS; moving it back to phase 2, DONE needs a "reason".'],
    ]);
    expect(await refused({ status: 'NOT_STARTED', reason: '   ' })).toEqual([
      ['BAD_USER_INPUT', 'reason', 'The area was at phase 3, IN_PROGRESS; moving it back to phase 3, NOT_STARTED needs a "reason".'],
    ]);
    const back = await reportProgress(app, { areaId: finance(), phase: 2, status: 'IN_PROGRESS', note: '目录返工', asOf: '2018-03-25', reason: '省级评估要求补充事项' }, bearer(editor));
    expect(back.body.data.reportPilotProgress).toMatchObject({ phase: { ordinal: 2 }, status: 'IN_PROGRESS', reason: '省级评估要求补充事项' });
  });

  it('gives a percent from 0 to 100 that agrees with the status, and a note', async () => {
    expect(await refused({ percent: 101 })).toEqual([['BAD_USER_INPUT', 'percent', '"percent" is a share of the phase, 0 to 100; got 101.']]);
    expect(await refused({ phase: 3, status: 'DONE', percent: 50 })).toEqual([['BAD_USER_INPUT', 'percent', 'A DONE phase is 100 percent done; got 50.']]);
    expect(await refused({ note: '  ' })).toEqual([['BAD_USER_INPUT', 'note', 'A progress statement needs a note saying what was done.']]);
  });
});

describe('the stored updates', () => {
  it('are append-only: the database refuses to change one', async () => {
    const connection = app.database.orm.em.fork().getConnection();
    await expect(connection.execute(`update progress_update set note = 'rewritten'`)).rejects.toThrow(/progress updates are append-only: record a new update instead of changing update \d+/);
  });
});
