import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { addProtectedData, bearer, keyFor, post } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addSites, linziAreas, reportProgress } from './support.js';

/*
 * Roll-ups of the provincial programme. Fixture: the seed's 临淄区 (five areas, phase 2 in
 * progress as of 2017-12-31), and one area each for 测试区 (山东) and 鼓楼区 (福建), in phase 1
 * as of 2018-03-25.
 */
let app: TestApp;
let admin: Record<string, string>;
let phaseIds: string[];
beforeAll(async () => {
  app = await startTestApp();
  await addProtectedData(app.database.orm);
  admin = bearer(await keyFor(app.database.orm, ApiKeyRole.ADMIN));
  phaseIds = (await app.data('{ pilotPrograms { phases { id } } }')).pilotPrograms[0].phases.map((p: { id: string }) => p.id);
});
afterAll(() => app?.stop());

const SUMMARY = `siteCount areaCount sitesWithoutProgress
  sitesByPhase { phase { ordinal } sites }
  areasBehindSchedule { name site { government { name } } }
  latestBySite { site { government { name } } update { note asOf } }`;
const phases = (...sites: number[]) => sites.map((count, i) => ({ phase: { ordinal: i + 1 }, sites: count }));
const LAST_SEED = { note: '目前，各牵头责任部门均已制定了负责领域工作实施方案，正开展政务公开事项标准目录梳理编制工作。', asOf: '2017-12-31' };
const FIXTURE = { note: '已完成目录编制', asOf: '2018-03-25' };
const site = (name: string, update: unknown) => ({ site: { government: { name } }, update });
const schedule = (phaseId: string, plannedEnd: string | null, headers = admin) =>
  post(app.url, { query: 'mutation S($input: SchedulePilotPhaseInput!) { schedulePilotPhase(input: $input) { ordinal plannedEnd } }', variables: { input: { phaseId, plannedEnd } } }, headers);

describe('a programme’s progress summary', () => {
  it('leaves out statements dated after its date', async () => {
    const data = await app.data(`{ pilotPrograms { progressSummary(asOf: "2017-12-31") { asOf region { code } ${SUMMARY} } } }`);
    expect(data.pilotPrograms[0].progressSummary).toEqual({
      asOf: '2017-12-31',
      region: null,
      siteCount: 3,
      areaCount: 7,
      sitesWithoutProgress: 2,
      sitesByPhase: phases(0, 1, 0, 0, 0),
      areasBehindSchedule: [],
      latestBySite: [site('临淄区人民政府', LAST_SEED), site('测试区人民政府', null), site('鼓楼区人民政府', null)],
    });
  });

  it('is given per province, in code order', async () => {
    const data = await app.data(`{ pilotPrograms { provinceSummaries(asOf: "2018-06-30") { region { code name } siteCount sitesByPhase { sites } latestBySite { site { government { name } } } } } }`);
    expect(data.pilotPrograms[0].provinceSummaries).toEqual([
      { region: { code: '350000', name: '福建省' }, siteCount: 1, sitesByPhase: [1, 0, 0, 0, 0].map((sites) => ({ sites })), latestBySite: [{ site: { government: { name: '鼓楼区人民政府' } } }] },
      {
        region: { code: '370000', name: '山东省' },
        siteCount: 2,
        sitesByPhase: [1, 1, 0, 0, 0].map((sites) => ({ sites })),
        latestBySite: [{ site: { government: { name: '临淄区人民政府' } } }, { site: { government: { name: '测试区人民政府' } } }],
      },
    ]);
  });

  it('lists the areas that have not finished a phase whose planned end has passed', async () => {
    expect((await schedule(phaseIds[0], '2017-12-31')).body).toEqual({ data: { schedulePilotPhase: { ordinal: 1, plannedEnd: '2017-12-31' } } });
    expect((await schedule(phaseIds[1], '2018-03-31')).body.errors).toBeUndefined();
    const query = `{ pilotPrograms { progressSummary(region: "370000", asOf: "2018-06-30") { region { name } ${SUMMARY} } } }`;
    const before = (await app.data(query)).pilotPrograms[0].progressSummary;
    expect(before.areasBehindSchedule.map((a: any) => `${a.site.government.name} ${a.name}`)).toEqual([
      '临淄区人民政府 重大项目建设',
      '临淄区人民政府 财政预决算',
      '临淄区人民政府 公共资源管理',
      '临淄区人民政府 公共文化服务',
      '临淄区人民政府 公共法律服务',
      '测试区人民政府 财政预决算',
    ]);

    const linzi = (await app.database.orm.em.fork().findOneOrFail(Government, { name: '临淄区人民政府' })).id;
    const editor = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linzi }));
    const finance = (await linziAreas(app)).get('财政预决算')!;
    const done = { note: '目录编制完成', asOf: '2018-03-30' };
    expect((await reportProgress(app, { areaId: finance, phase: 2, status: 'DONE', ...done }, editor)).body.errors).toBeUndefined();
    const after = (await app.data(query)).pilotPrograms[0].progressSummary;
    expect(after).toEqual({
      region: { name: '山东省' },
      siteCount: 2,
      areaCount: 6,
      sitesWithoutProgress: 0,
      sitesByPhase: phases(1, 1, 0, 0, 0),
      areasBehindSchedule: before.areasBehindSchedule.filter((a: any) => a.name !== '财政预决算' || a.site.government.name !== '临淄区人民政府'),
      latestBySite: [site('临淄区人民政府', done), site('测试区人民政府', FIXTURE)],
    });
  });

  it('costs the same SQL statements for 3 sites as for 103', async () => {
    const query = `{ pilotPrograms { progressSummary(asOf: "2018-06-30") { ${SUMMARY} } provinceSummaries(asOf: "2018-06-30") { region { name } siteCount } } }`;
    const few = await post(app.url, { query });
    await addSites(app, 100);
    const many = await post(app.url, { query });
    expect(many.body.data.pilotPrograms[0].progressSummary.siteCount).toBe(103);
    expect([few.sqlStatements, many.sqlStatements]).toEqual([8, 8]);
  });
});

describe('scheduling a phase', () => {
  it('is for admin keys only', async () => {
    const provincial = bearer(await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' }));
    expect((await schedule(phaseIds[2], '2018-09-30', {})).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const refused = (await schedule(phaseIds[2], '2018-09-30', provincial)).body.errors[0];
    expect([refused.extensions.code, refused.message]).toEqual(['FORBIDDEN', `Scheduling a pilot phase needs an admin key; the key ${provincial.authorization.slice(7, 19)}… is a provincial key.`]);
  });

  it('keeps planned ends in phase order', async () => {
    const { body } = await schedule(phaseIds[2], '2018-03-01');
    expect(body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Phase 3 cannot end on 2018-03-01: phase 2 (梳理编制标准目录) is planned to end on 2018-03-31, and phases end in order.'],
    ]);
    expect((await schedule(phaseIds[1], null)).body).toEqual({ data: { schedulePilotPhase: { ordinal: 2, plannedEnd: null } } });
  });
});
