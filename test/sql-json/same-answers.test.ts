import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';
import { SQL_STATEMENTS_HEADER } from '../../src/server/statement-count-plugin.js';
import { floatText } from '../../src/sql-json/json-text.js';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { PilotArea } from '../../src/subgraphs/pilots/pilot-area.entity.js';
import { linziAreas, reportProgress } from '../pilots/support.js';
import { bearer, keyFor } from '../security/support.js';
import { addDashboardReports } from '../support/bulk-reports.js';
import { REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';

// The SQL-JSON path must answer byte for byte what the resolvers answer. Two servers share one
// database, one with SQL_JSON on (the default) and one with it off; each operation goes to both.
// A compiled operation costs one statement; any other runs through the resolvers as before.
let compiled: TestApp;
let resolvers: TestApp;
const ENV = { RESPONSE_CACHE: 'false', MAX_PAGE_SIZE: '500', MAX_QUERY_COST: '1000000' };

beforeAll(async () => {
  compiled = await startTestApp({ ...ENV, MAX_CONCURRENT_OPERATIONS: '1' });
  resolvers = await startTestApp({ ...ENV, SQL_JSON: 'false' }, { database: compiled.database });
  await addDashboardReports(compiled.database.orm, 60, 2019);
});
afterAll(async () => {
  await resolvers?.stop();
  await compiled?.stop();
});

async function answer(app: TestApp, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.text(), statements: Number(response.headers.get(SQL_STATEMENTS_HEADER)) };
}

/** Both answers, after checking they are the same bytes and that the compiled one took `statements` when given. */
async function bothWays(query: string, variables?: Record<string, unknown>, statements?: number) {
  const fast = await answer(compiled, query, variables);
  const slow = await answer(resolvers, query, variables);
  expect(fast.body).toBe(slow.body);
  expect(fast.status).toBe(slow.status);
  if (statements !== undefined) expect(fast.statements).toBe(statements);
  return { fast, slow, json: JSON.parse(fast.body) };
}

const dashboard = async () => readFile(fromProjectRoot('scripts/bench/operations/provincial-dashboard.graphql'), 'utf8');

const REPORT_DETAIL = `
  __typename id title year version format tableVariant periodStart periodEnd publishedAt sourceUrl sourceFile sourceSha256 portalUrl legalBasis
  department { id name }
  government { __typename id name portalUrl disclosureOffice disclosurePhone region { id code name level parent { code name parent { code level } } } }
  sections { ordinal heading lineStart lineEnd }
  workPoints { ordinal title line }
  keyDomains { ordinal items line keyDomain { id name } }
  channelFigures { id items statedShare statedShareText line channel { __typename code name } }`;

const PAGE = (args: string) => `{ reports(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id year title } } } }`;

describe('operations made of columns and declared joins', () => {
  it('the provincial dashboard: the seed’s one report of 2017 and 60 of 2019, one statement each', async () => {
    const seed = await bothWays(await dashboard(), { year: 2017, regionCode: '370000' }, 1);
    expect(seed.json.data.reports.edges.map((edge: any) => edge.node.title)).toEqual(['临淄区人民政府2017年度政府信息公开工作年度报告']);
    const many = await bothWays(await dashboard(), { year: 2019, regionCode: '370000' }, 1);
    expect(many.json.data.reports.totalCount).toBe(60);
    expect(many.slow.statements).toBe(8);
  });

  it('every column type, to-one and child list of a report, with nulls, dates, enums, decimals and text arrays', async () => {
    const { json } = await bothWays(`{ reports(filter: { year: 2017 }) { edges { node { ${REPORT_DETAIL} } } } }`, undefined, 1);
    const seed = json.data.reports.edges[0].node;
    expect([seed.department, seed.government.region.code, seed.government.region.parent.parent.code]).toEqual([null, '370305', '370000']);
    expect(seed.channelFigures.length).toBeGreaterThan(0);
  });

  it('strings and numbers are written as JavaScript writes them: escapes, astral characters, shares', async () => {
    const sql = (text: string, params: unknown[] = []) => compiled.database.orm.em.fork().getConnection().execute(text, params);
    const [{ id }] = await sql(`select min(id) as id from report where year = 2019`);
    const title = 'say "hi" \\ back\nslash\t\u0001\u001f\u007f 😀 \u2028 </script> 报告';
    await sql('update report set title = ? where id = ?', [title, id]);
    await sql(`update channel_figure set stated_share = (array[0, 0.05, 33.33, 100, 999.99, 7.1, null])[1 + (id % 7)]::numeric where report_id in (select id from report where year = 2019)`);
    const { json } = await bothWays(`{ reports(filter: { year: 2019 }, first: 100) { edges { node { ${REPORT_DETAIL} } } } }`, undefined, 1);
    const nodes = json.data.reports.edges.map((edge: any) => edge.node);
    expect(nodes.find((node: any) => node.id === String(id)).title).toBe(title);
    expect([...new Set(nodes.flatMap((node: any) => node.channelFigures.map((figure: any) => figure.statedShare)))].sort()).toEqual([0, 0.05, 100, 33.33, 7.1, 999.99, null]);
  });

  it('a float JavaScript would write in another form than PostgreSQL fails the statement, so the resolvers answer', async () => {
    const sql = (text: string) => compiled.database.orm.em.fork().getConnection().execute<{ v: string }[]>(text);
    const written = async (value: string) => (await sql(`select ${floatText('x')} as v from (values (${value}::float8)) t(x)`))[0].v;
    for (const value of ['0', '-0', '1', '7.29', '1e-4', '0.3333333333333333', '123456789012345.6', '-2.5']) expect(await written(value)).toBe(JSON.stringify(Number(value)));
    expect(await written('null')).toBe('null');
    for (const value of ['1e15', '1e21', '1e-5', "'NaN'", "'Infinity'"]) await expect(written(value)).rejects.toThrow(/invalid input syntax for type integer/);
  });

  it('a decimal of at most 15 digits and 6 places is its trimmed text, as JavaScript writes the number', async () => {
    const sql = (text: string) => compiled.database.orm.em.fork().getConnection().execute<{ v: string }[]>(text);
    const values = ['0', '0.000001', '-0.5', '100', '7.10', '999999999.999999', '-123456789.123456', '0.05'];
    const written = await sql(`select trim_scale(x)::text as v from unnest(array[${values.join(',')}]::numeric(15,6)[]) x`);
    expect(written.map((row) => row.v)).toEqual(values.map((value) => JSON.stringify(Number(value))));
  });

  it('come as bytes from a prepared statement on a real PostgreSQL, one for an operation’s first page and one for all its later ones (knex writes no OFFSET for 0); as text on the embedded database', async () => {
    const { textBytes } = compiled.database;
    expect(textBytes === null).toBe(!REAL_DATABASE_URL);
    // The compiled app's byte pool has one connection (MAX_CONCURRENT_OPERATIONS 1), so this lists what its operations prepared.
    const prepared = async () => Number((await textBytes?.firstValue(`select count(*)::text from pg_prepared_statements where strpos(statement, 'onePrep' || 'ared') > 0`, []))?.toString() ?? 0);
    const before = await prepared();
    let after = '';
    for (let page = 0; page < 3; page += 1) {
      const { json } = await bothWays(`{ onePrepared: reports(first: 2, ${after} filter: { year: 2019 }) { pageInfo { endCursor } edges { node { id } } } }`, undefined, 1);
      after = `after: "${json.data.onePrepared.pageInfo.endCursor}",`;
    }
    expect((await prepared()) - before).toBe(REAL_DATABASE_URL ? 2 : 0);
  });

  it('pages: the first, the next by cursor, one past the end, oldest first', async () => {
    const first = await bothWays(PAGE('first: 25, filter: { regionCode: "370000" }'), undefined, 1);
    expect(first.json.data.reports.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'YXJyYXljb25uZWN0aW9uOjA=', endCursor: 'YXJyYXljb25uZWN0aW9uOjI0' });
    const next = await bothWays(PAGE(`first: 50, after: "${first.json.data.reports.pageInfo.endCursor}", filter: { regionCode: "370000" }`), undefined, 1);
    expect(next.json.data.reports.edges).toHaveLength(36);
    expect(next.json.data.reports.pageInfo.hasNextPage).toBe(false);
    const beyond = await bothWays(PAGE('first: 5, after: "YXJyYXljb25uZWN0aW9uOjEwMDA="'), undefined, 1);
    expect(beyond.json.data.reports).toEqual({ totalCount: 61, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
    await bothWays(PAGE('first: 3, orderBy: YEAR_ASC'), undefined, 1);
    await bothWays(PAGE('filter: { year: 1999 }'), undefined, 1);
  });

  it('aliases, named and inline fragments, @skip and @include, __typename and repeated fields merged', async () => {
    const query = `query Q($withRegion: Boolean!, $noTitle: Boolean!, $format: ReportFormat) {
      __typename
      a: reports(filter: { year: 2017 }) { ...Page }
      b: reports(filter: { format: $format }, first: 2) {
        count: totalCount
        edges { node { t: title @skip(if: $noTitle) ... on Report { government { name } } government { region @include(if: $withRegion) { code } } } }
      }
    }
    fragment Page on ReportConnection { __typename totalCount edges { __typename node { id ...Names } } }
    fragment Names on Report { title government { id } }`;
    await bothWays(query, { withRegion: true, noTitle: false, format: 'REGULATION_2008' }, 1);
    await bothWays(query, { withRegion: false, noTitle: true }, 1);
  });

  it('a report’s issuer filter, and regions listed down and up from it', async () => {
    const { json } = await bothWays('{ reports(filter: { year: 2017 }) { edges { node { government { id } } } } }', undefined, 1);
    const governmentId = json.data.reports.edges[0].node.government.id;
    await bothWays(`{ reports(filter: { governmentId: "${governmentId}" }) { edges { node { government { region { parent { children { code name governments { name } } } } } } } } }`, undefined, 1);
  });
});

describe('operations that need resolvers run through them', () => {
  it('a field with a resolver of its own sends the whole operation to the resolvers', async () => {
    const { fast } = await bothWays('{ reports(filter: { year: 2017 }) { edges { node { title checkSummary { checks broken } } } } }');
    expect(fast.statements).toBeGreaterThan(1);
  });

  it('refused arguments get the resolvers’ own errors', async () => {
    const tooSmall = await bothWays(PAGE('first: 0'));
    expect(JSON.parse(tooSmall.fast.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badCursor = await bothWays(PAGE('after: "nonsense"'));
    expect(JSON.parse(badCursor.fast.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badId = await bothWays('{ reports(filter: { governmentId: "Report:1" }) { totalCount } }');
    expect(JSON.parse(badId.fast.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('the pilot pull: programmes, phases, sites, every area with its progress, and where each stands by its last statement (null before any)', async () => {
    const areas = await linziAreas(compiled);
    const admin = bearer(await keyFor(compiled.database.orm, ApiKeyRole.ADMIN));
    // Two more statements on one area, the second moving it to phase 3 (the seed states one for each area), and an area with none.
    for (const statement of [
      { areaId: areas.get('财政预决算')!, phase: 2, status: 'DONE' as const, percent: 100, note: '目录已编制完成', asOf: '2018-01-25' },
      { areaId: areas.get('财政预决算')!, phase: 3, status: 'IN_PROGRESS' as const, percent: 20, note: '全面组织落实', asOf: '2018-02-25' },
    ]) {
      expect((await reportProgress(compiled, statement, admin)).body.errors).toBeUndefined();
    }
    const em = compiled.database.orm.em.fork();
    const lead = await em.findOneOrFail(PilotArea, { name: '财政预决算' });
    em.create(PilotArea, { site: lead.site, name: '未报进展的领域', leadDepartment: lead.leadDepartment });
    await em.flush();
    const pull = await bothWays(await readFile(fromProjectRoot('examples', 'provincial', 'pilot-progress.graphql'), 'utf8'), undefined, 1);
    const stands = pull.json.data.pilotPrograms[0].sites[0].areas.map((area: any) => [area.name, area.currentPhase?.ordinal ?? null, area.currentStatus, area.progress.length]);
    expect(stands).toEqual([
      ['重大项目建设', 2, 'IN_PROGRESS', 1],
      ['财政预决算', 3, 'IN_PROGRESS', 3],
      ['公共资源管理', 2, 'IN_PROGRESS', 1],
      ['公共文化服务', 2, 'IN_PROGRESS', 1],
      ['公共法律服务', 2, 'IN_PROGRESS', 1],
      ['未报进展的领域', null, null, 0],
    ]);
    // The way back up, aliases and a fragment, in one statement too.
    await bothWays(
      `{ p: pilotPrograms { level phases { ...Phase } sites { programme { name } areas { site { designatedOn } progress { area { name } phase { ...Phase } status percent asOf } now: currentPhase { ...Phase } } } } }
       fragment Phase on PilotPhase { ordinal name }`,
      undefined,
      1,
    );
  });

  it('every example operation answers the same both ways', async () => {
    const examples = (await readdir(fromProjectRoot('examples'), { recursive: true })).filter((name) => name.endsWith('.graphql'));
    expect(examples).toHaveLength(9);
    for (const file of examples) await bothWays(await readFile(fromProjectRoot('examples', file), 'utf8'));
  });
});
