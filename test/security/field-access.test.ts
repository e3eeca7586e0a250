import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { addSyntheticReports } from '../support/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addProtectedData, bearer, keyFor, post, type ProtectedFixture, sortedErrors } from './support.js';

// Every role against every protected field, in scope and out of scope, through the real server.
const QUERY = `query Protected($shandong: ID!, $fujian: ID!) {
  shandong: government(id: $shandong) { ...Protected }
  fujian: government(id: $fujian) { ...Protected }
}
fragment Protected on Government {
  name
  requestCases { edges { node { subject applicantName applicantContact } } }
  pilotSites { areas { progress { note internalNote } } }
}`;

let app: TestApp;
let fixture: ProtectedFixture;
beforeAll(async () => {
  app = await startTestApp();
  fixture = await addProtectedData(app.database.orm);
});
afterAll(() => app?.stop());

const ask = (headers: Record<string, string> = {}) =>
  post(app.url, { query: QUERY, variables: { shandong: String(fixture.shandongId), fujian: String(fixture.fujianId) } }, headers);

type Side = 'shandong' | 'fujian';
const PEOPLE = { shandong: { county: '测试区', person: '张三' }, fujian: { county: '鼓楼区', person: '李四' } };

/** What one government looks like when its protected fields are visible or withheld. */
function governmentView(side: Side, visible: boolean) {
  const { county, person } = PEOPLE[side];
  return {
    name: `${county}人民政府`,
    requestCases: {
      edges: [
        {
          node: {
            subject: `${county}征收补偿方案`,
            applicantName: visible ? person : null,
            applicantContact: visible ? `${person}的电话 0533-0000000` : null,
          },
        },
      ],
    },
    pilotSites: [{ areas: [{ progress: [{ note: '已完成目录编制', internalNote: visible ? `${county}进度滞后，需督办` : null }] }] }],
  };
}

/** The three FORBIDDEN errors of one government's withheld fields, with the reason given. */
function refusals(side: Side, why: (governmentId: number) => string) {
  const governmentId = side === 'shandong' ? fixture.shandongId : fixture.fujianId;
  const personal = (field: string) => ({
    message: `RequestCase.${field} is personal data (个人信息): ${why(governmentId)}.`,
    path: [side, 'requestCases', 'edges', 0, 'node', field],
    extensions: { code: 'FORBIDDEN', serviceName: 'requests' },
  });
  return [
    personal('applicantName'),
    personal('applicantContact'),
    {
      message: `ProgressUpdate.internalNote is an internal note (内部备注): ${why(governmentId)}.`,
      path: [side, 'pilotSites', 0, 'areas', 0, 'progress', 0, 'internalNote'],
      extensions: { code: 'FORBIDDEN', serviceName: 'pilots' },
    },
  ];
}

const ANONYMOUS_WHY = () => 'it needs an API key whose scope covers the government concerned';
const keyWhy = (key: string) => (governmentId: number) => `the API key ${key.slice(0, 12)}… does not cover government ${governmentId}`;

async function expectAccess(headers: Record<string, string>, visible: Record<Side, boolean>, why: (governmentId: number) => string) {
  const result = await ask(headers);
  expect(result.status).toBe(200);
  const errors = sortedErrors([...(visible.shandong ? [] : refusals('shandong', why)), ...(visible.fujian ? [] : refusals('fujian', why))]);
  expect({ data: result.body.data, errors: sortedErrors(result.body.errors) }).toEqual({
    data: { shandong: governmentView('shandong', visible.shandong), fujian: governmentView('fujian', visible.fujian) },
    errors: errors!.length ? errors : undefined,
  });
  return result;
}

describe('protected fields: applicant name and contact, internal notes', () => {
  it('are withheld from the public with FORBIDDEN per field; everything else is served', async () => {
    const result = await expectAccess({}, { shandong: false, fujian: false }, ANONYMOUS_WHY);
    expect(Object.keys(result.body)).toEqual(['errors', 'data']);
  });

  it('an editor key reads its own government only', async () => {
    const shandongEditor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: fixture.shandongId });
    await expectAccess(bearer(shandongEditor), { shandong: true, fujian: false }, keyWhy(shandongEditor));
    const fujianEditor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: fixture.fujianId });
    await expectAccess(bearer(fujianEditor), { shandong: false, fujian: true }, keyWhy(fujianEditor));
  });

  it('a province key covers a county two levels below it, and nothing in another province', async () => {
    const shandong = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' });
    await expectAccess(bearer(shandong), { shandong: true, fujian: false }, keyWhy(shandong));
    const fujian = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '350000' });
    await expectAccess(bearer(fujian), { shandong: false, fujian: true }, keyWhy(fujian));
  });

  it('a city key covers its counties; a key for a sibling county covers neither', async () => {
    const zibo = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370300' });
    await expectAccess(bearer(zibo), { shandong: true, fujian: false }, keyWhy(zibo));
    const linzi = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370305' });
    await expectAccess(bearer(linzi), { shandong: false, fujian: false }, keyWhy(linzi));
  });

  it('an admin key reads everything', async () => {
    await expectAccess(bearer(await keyFor(app.database.orm, ApiKeyRole.ADMIN)), { shandong: true, fujian: true }, ANONYMOUS_WHY);
  });

  it('guards the field however the row is reached: a root lookup and a list both', async () => {
    const { shandong } = await app.data(`{ shandong: government(id: "${fixture.shandongId}") { requestCases { edges { node { id } } } } }`);
    const id = shandong.requestCases.edges[0].node.id;
    const anonymous = await post(app.url, { query: `{ requestCase(id: "${id}") { subject applicantName } }` });
    expect(anonymous.body).toEqual({
      data: { requestCase: { subject: '测试区征收补偿方案', applicantName: null } },
      errors: [
        {
          message: `RequestCase.applicantName is personal data (个人信息): ${ANONYMOUS_WHY()}.`,
          path: ['requestCase', 'applicantName'],
          extensions: { code: 'FORBIDDEN', serviceName: 'requests' },
        },
      ],
    });
    const zibo = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370300' });
    const covered = await post(app.url, { query: `{ requestCase(id: "${id}") { subject applicantName } }` }, bearer(zibo));
    expect(covered.body).toEqual({ data: { requestCase: { subject: '测试区征收补偿方案', applicantName: '张三' } } });
  });

  it('answers the scope checks of a whole list with one lookup: SQL statements do not grow with the rows', async () => {
    const shandong = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' });
    const query = '{ pilotPrograms { sites { government { name } areas { progress { internalNote } } } } }';
    const before = await post(app.url, { query }, bearer(shandong));
    const anonymousBefore = await post(app.url, { query });
    await addSyntheticReports(app.database.orm, 20);
    const after = await post(app.url, { query }, bearer(shandong));
    const anonymousAfter = await post(app.url, { query });
    // 鼓楼区 is in the same programme but another province: its note alone is withheld, before and after.
    const refusedGovernments = (result: { body: any }) => result.body.errors.map((e: any) => [e.extensions.code, e.message.match(/government (\d+)/)[1]]);
    expect(refusedGovernments(before)).toEqual([['FORBIDDEN', String(fixture.fujianId)]]);
    expect(refusedGovernments(after)).toEqual([['FORBIDDEN', String(fixture.fujianId)]]);
    expect(after.body.data.pilotPrograms.flatMap((p: any) => p.sites)).toHaveLength(before.body.data.pilotPrograms.flatMap((p: any) => p.sites).length + 20);
    expect(after.sqlStatements).toBe(before.sqlStatements);
    expect(anonymousAfter.sqlStatements).toBe(anonymousBefore.sqlStatements);
    // The key costs one statement, the scope check of every row one more, the owners of the rows two.
    expect(after.sqlStatements - anonymousAfter.sqlStatements).toBe(4);
  });
});
