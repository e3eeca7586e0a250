import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProtectedData, post } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addSites, FEED } from './support.js';

// The provincial pull: pilotProgressFeed pages progress updates by their commit-ordered sequence.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addProtectedData(app.database.orm);
});
afterAll(() => app?.stop());

const pull = (variables: Record<string, unknown>) => post(app.url, { query: FEED, variables });
const LINZI_NOTE = '目前，各牵头责任部门均已制定了负责领域工作实施方案，正开展政务公开事项标准目录梳理编制工作。';
const linzi = (area: string, department: string) => ({
  status: 'IN_PROGRESS',
  note: LINZI_NOTE,
  asOf: '2017-12-31',
  phase: { ordinal: 2 },
  area: { name: area, leadDepartment: { name: department }, site: { government: { name: '临淄区人民政府' } } },
});
// The seed's five statements (line 457), then the fixture's 测试区 (山东) and 鼓楼区 (福建) ones.
const SHANDONG = [
  linzi('重大项目建设', '区重点项目办'),
  linzi('财政预决算', '区财政局'),
  linzi('公共资源管理', '区招投标中心'),
  linzi('公共文化服务', '区文化旅游和新闻出版局'),
  linzi('公共法律服务', '区司法局'),
  {
    status: 'IN_PROGRESS',
    note: '已完成目录编制',
    asOf: '2018-03-25',
    phase: { ordinal: 1 },
    area: { name: '财政预决算', leadDepartment: { name: '测试区财政局' }, site: { government: { name: '测试区人民政府' } } },
  },
];
const nodes = (body: any) => body.data.pilotProgressFeed.edges.map(({ node: { id, ...rest } }: any) => rest);

describe('the progress feed', () => {
  it('gives a province every update of its sites, with governments and lead departments, oldest first', async () => {
    const { body } = await pull({ region: '370000' });
    expect(body.errors).toBeUndefined();
    expect(nodes(body)).toEqual(SHANDONG);
    expect(body.data.pilotProgressFeed.pageInfo.hasNextPage).toBe(false);
  });

  it('resumes from a cursor without repeating or skipping, and keeps the cursor when nothing is new', async () => {
    const first = await pull({ region: '370000', first: 4 });
    expect(nodes(first.body)).toEqual(SHANDONG.slice(0, 4));
    expect(first.body.data.pilotProgressFeed.pageInfo.hasNextPage).toBe(true);
    const cursor = first.body.data.pilotProgressFeed.pageInfo.endCursor;
    const second = await pull({ region: '370000', first: 4, after: cursor });
    expect(nodes(second.body)).toEqual(SHANDONG.slice(4));
    const end = second.body.data.pilotProgressFeed.pageInfo;
    expect(end.hasNextPage).toBe(false);
    const third = await pull({ region: '370000', after: end.endCursor });
    expect(third.body).toEqual({ data: { pilotProgressFeed: { edges: [], pageInfo: { hasNextPage: false, endCursor: end.endCursor } } } });
  });

  it('narrows to a region’s subtree: 福建省 sees only 鼓楼区', async () => {
    const { body } = await pull({ region: '350000' });
    expect(nodes(body).map((n: any) => n.area.site.government.name)).toEqual(['鼓楼区人民政府']);
  });

  it('refuses a cursor it did not issue and a region it does not know', async () => {
    const bad = await pull({ after: 'b2Zmc2V0OjM=' });
    expect(bad.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', '"after" is not a progress-feed cursor: "b2Zmc2V0OjM=". Pass the pageInfo.endCursor of an earlier pilotProgressFeed page, or no cursor to start from the beginning.'],
    ]);
    const unknown = await pull({ region: '990000' });
    expect(unknown.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([['NOT_FOUND', 'No Region with region "990000". Look it up through a list field first.']]);
  });

  it('costs the same number of SQL statements for 1 update as for 100 from 100 governments', async () => {
    const one = await pull({ region: '370000', first: 1 });
    await addSites(app, 100);
    const hundred = await pull({ region: '370000', first: 100 });
    expect(hundred.body.data.pilotProgressFeed.edges).toHaveLength(100);
    expect(new Set(nodes(hundred.body).map((n: any) => n.area.site.government.name)).size).toBe(96); // 临淄区, 测试区 and 94 new ones
    expect([one.sqlStatements, hundred.sqlStatements]).toEqual([7, 7]);
  });
});
