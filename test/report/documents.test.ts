import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The key domains of section 四 (linzi-2017.txt lines 22–397) and the documents they cite, with the
 * catalogue metadata printed in each citation (主题分类 / 发布机构 / 文件编号 / 发文日期 / 信息名称),
 * read by hand from the text.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());


const doc = (title: string, topic: string | null, number: string | null, issuedOn: string | null, department: string | null) => ({
  title,
  topic,
  number,
  issuedOn,
  issuingDepartment: department === null ? null : { name: department },
});

const WENSHAO_DECISION = doc('闻韶北征收决定', '部门公文', '临政字〔2017〕115号', '2017-06-21', '区房管局'); // lines 76–89, again 127–139

/** Section 四 in order: [domain, items, heading line, cited documents]. */
const KEY_DOMAINS: [string, number | null, number, ReturnType<typeof doc>[]][] = [
  ['保障性住房', 20, 23, [
    doc('临淄区2017年度公共租赁住房（预）配租公告', '部门动态', null, '2017-10-13', '区房管局'), // 25–38
    doc('2016年货币补贴第二批公示名单', null, null, null, null), // 39, no metadata printed
    doc('临淄区2017年第二批廉租住房货币补贴公示名单', '部门动态', null, '2017-04-14', '区房管局'), // 41–54
  ]],
  ['征地拆迁', 13, 58, [
    doc('临淄区人民政府关于闻韶北生活区(一期)改造项目房屋征收的决定', '区政府发文', '临政字〔2017〕115号', '2017-06-20', '区政府办公室'), // 60–73
    WENSHAO_DECISION,
    doc('临淄区人民政府关于原淄博中轩生化有限公司西厂区地块改建项目房屋征收的决定', '区政府发文', '临政字〔2017〕56号', '2017-04-20', '区政府办公室'), // 92–105
  ]],
  ['行政审批', 108, 109, [
    doc('关于深入推进行政审批工作的建议', '人大建议', '34', '2017-12-12', '区政府办公室'), // 111–124
    WENSHAO_DECISION, // 127–139
    doc('区发改局2017年11月行政许可信息公开', '重大项目建设', null, '2017-12-01', '区发展和改革局'), // 142–155
    doc('2017年建设项目施工许可审批情况统计', '部门动态', null, '2017-12-22', '区住建局'), // 159–172
  ]],
  ['公共企事业管理', 818, 175, [
    doc('工商登记后置许可事项目录', '镇街之窗', null, '2017-12-22', '齐陵街道'), // 177–190
    doc('工商登记前置审批事项目录', '镇街之窗', null, '2017-12-22', '齐陵街道'), // 193–206
    doc('遄台小学举行法制专题报告会', '临淄教育', null, '2017-12-18', '区教育局'), // 209–222
  ]],
  ['价格和收费', 818, 225, [
    doc('关于公布临淄区实行政府定价的经营服务性收费清单的通知', '部门公文', null, '2017-12-20', '区物价局'), // 227–240
    doc('关于鹤苑小区6#、7#、8#住宅楼物业服务收费标准备案的通知', '部门公文', null, '2017-12-08', '区物价局'), // 243–256
    doc('关于方正太公苑小区物业服务收费备案公示', '部门公文', null, '2017-11-08', '区物价局'), // 259–272
  ]],
  ['环境保护', 253, 275, [
    doc('临淄区发布通勤车辆新规 将对现有车辆开展全面检测', '部门动态', null, '2017-12-11', '区环保分局'), // 277–290
    doc('关于贯彻落实<关于加强对工业领域（环保）业务安全生产实施监管的通知>的通知', null, null, null, null), // 291, no metadata printed
  ]],
  ['食品药品安全', 162, 293, [
    doc('临淄食药局处罚信息公开统计表（12月8日）公开', '行政处罚', null, '2017-12-08', '区食药局'), // 295–308
    doc('关于省级食品安全先进区市级验收结果的公示', '食品药品监管', null, '2017-11-17', '区食药局'), // 311–324
  ]],
  ['财政预决算', 192, 329, [
    // 331 prints the topic as 财政预决算和\“三公\”经费, the backslashes being escapes
    doc('关于2016年度区级预算执行和其他财政收支的审计工作报告', '财政预决算和“三公”经费', null, '2017-12-22', '区审计局'), // 331–344
  ]],
  ['安全生产', 125, 347, [
    doc('临淄区安监局2017年度检查企业名录检查情况', '公示目录', null, '2017-12-20', '区安监局'), // 349–362
    doc('关于做好化工企业冬季安全生产工作的通知', '部门公文', null, '2017-11-27', '区安监局'), // 365–378
    doc('临淄区进一步加强企业全员安全培训工作实施方案', '部门公文', null, '2017-11-21', '区安监局'), // 381–394
  ]],
  ['人大建议和政协提案', null, 397, []],
];

/** All 23 distinct documents, newest first, undated last; same-day documents in the order the report cites them. */
const ALL_BY_DATE: [string, string | null][] = [
  ['2017年建设项目施工许可审批情况统计', '2017-12-22'],
  ['工商登记后置许可事项目录', '2017-12-22'],
  ['工商登记前置审批事项目录', '2017-12-22'],
  ['关于2016年度区级预算执行和其他财政收支的审计工作报告', '2017-12-22'],
  ['关于公布临淄区实行政府定价的经营服务性收费清单的通知', '2017-12-20'],
  ['临淄区安监局2017年度检查企业名录检查情况', '2017-12-20'],
  ['遄台小学举行法制专题报告会', '2017-12-18'],
  ['关于深入推进行政审批工作的建议', '2017-12-12'],
  ['临淄区发布通勤车辆新规 将对现有车辆开展全面检测', '2017-12-11'],
  ['关于鹤苑小区6#、7#、8#住宅楼物业服务收费标准备案的通知', '2017-12-08'],
  ['临淄食药局处罚信息公开统计表（12月8日）公开', '2017-12-08'],
  ['区发改局2017年11月行政许可信息公开', '2017-12-01'],
  ['关于做好化工企业冬季安全生产工作的通知', '2017-11-27'],
  ['临淄区进一步加强企业全员安全培训工作实施方案', '2017-11-21'],
  ['关于省级食品安全先进区市级验收结果的公示', '2017-11-17'],
  ['关于方正太公苑小区物业服务收费备案公示', '2017-11-08'],
  ['临淄区2017年度公共租赁住房（预）配租公告', '2017-10-13'],
  ['闻韶北征收决定', '2017-06-21'],
  ['临淄区人民政府关于闻韶北生活区(一期)改造项目房屋征收的决定', '2017-06-20'],
  ['临淄区人民政府关于原淄博中轩生化有限公司西厂区地块改建项目房屋征收的决定', '2017-04-20'],
  ['临淄区2017年第二批廉租住房货币补贴公示名单', '2017-04-14'],
  ['2016年货币补贴第二批公示名单', null],
  ['关于贯彻落实<关于加强对工业领域（环保）业务安全生产实施监管的通知>的通知', null],
];

const byDate = (titles: string[]) =>
  titles.map((title) => {
    const found = ALL_BY_DATE.find(([t]) => t === title);
    if (!found) throw new Error(`not in ALL_BY_DATE: ${title}`);
    return { node: { title, issuedOn: found[1] } };
  });

const DOCUMENT_PAGE = 'totalCount pageInfo { hasNextPage } edges { node { title issuedOn } }';

async function ids(): Promise<{ domains: Record<string, string>; departments: Record<string, string> }> {
  const data = await app.data('{ keyDomainCatalogue { id name } governments { edges { node { departments { id name } } } } }');
  const domains = Object.fromEntries(data.keyDomainCatalogue.map((k: { id: string; name: string }) => [k.name, k.id]));
  const departments = Object.fromEntries(
    data.governments.edges[0].node.departments.map((d: { id: string; name: string }) => [d.name, d.id]),
  );
  return { domains, departments };
}

describe('key domains (section 四)', () => {
  it('lists the ten domains in order with the items each states and every document it cites', async () => {
    const data = await app.data(`{ reports { edges { node { keyDomains {
      ordinal items line keyDomain { name }
      documents { title topic number issuedOn issuingDepartment { name } }
    } } } } }`);
    expect(data.reports.edges[0].node).toEqual({
      keyDomains: KEY_DOMAINS.map(([name, items, line, documents], i) => ({ ordinal: i + 1, items, line, keyDomain: { name }, documents })),
    });
  });

  it('states 人大建议 154 and 政协提案 127 (line 397) among the key-domain prose figures', async () => {
    const data = await app.data('{ reports { edges { node { proseFigures(measurePrefix: "key_domains") { measure value unit line } } } } }');
    expect(data.reports.edges[0].node.proseFigures).toEqual([
      { measure: 'key_domains.affordable_housing.items', value: 20, unit: '条', line: 23 },
      { measure: 'key_domains.land_acquisition_demolition.items', value: 13, unit: '条', line: 58 },
      { measure: 'key_domains.administrative_approval.items', value: 108, unit: '条', line: 109 },
      { measure: 'key_domains.public_enterprise_management.items', value: 818, unit: '条', line: 175 },
      { measure: 'key_domains.prices_and_fees.items', value: 818, unit: '条', line: 225 },
      { measure: 'key_domains.environmental_protection.items', value: 253, unit: '条', line: 275 },
      { measure: 'key_domains.food_drug_safety.items', value: 162, unit: '条', line: 293 },
      { measure: 'key_domains.budget_final_accounts.items', value: 192, unit: '条', line: 329 },
      { measure: 'key_domains.work_safety.items', value: 125, unit: '条', line: 347 },
      { measure: 'key_domains.npc_suggestions.items', value: 154, unit: '件', line: 397 },
      { measure: 'key_domains.cppcc_proposals.items', value: 127, unit: '件', line: 397 },
    ]);
  });

  it('keeps 闻韶北征收决定 as one document cited under both 征地拆迁 and 行政审批', async () => {
    const data = await app.data(`{ reports { edges { node { keyDomains { keyDomain { name } documents { id title } } } } } }`);
    const domains = data.reports.edges[0].node.keyDomains;
    const under = (name: string) => domains.find((k: { keyDomain: { name: string } }) => k.keyDomain.name === name).documents;
    const inLand = under('征地拆迁').filter((d: { title: string }) => d.title === '闻韶北征收决定');
    const inApproval = under('行政审批').filter((d: { title: string }) => d.title === '闻韶北征收决定');
    expect(inLand).toHaveLength(1);
    expect(inApproval).toHaveLength(1);
    expect(inApproval[0].id).toBe(inLand[0].id);

    const { document } = await app.data('query ($id: ID!) { document(id: $id) { title number citedUnder { ordinal items line keyDomain { name } report { year } } government { name } } }', {
      id: inLand[0].id,
    });
    expect(document).toEqual({
      title: '闻韶北征收决定',
      number: '临政字〔2017〕115号',
      citedUnder: [
        { ordinal: 2, items: 13, line: 58, keyDomain: { name: '征地拆迁' }, report: { year: 2017 } },
        { ordinal: 3, items: 108, line: 109, keyDomain: { name: '行政审批' }, report: { year: 2017 } },
      ],
      government: { name: '临淄区人民政府' },
    });
  });

  it('holds 23 distinct documents and no title carries the _blank link target', async () => {
    const data = await app.data(`{
      documents(first: 100) { totalCount edges { node { title } } }
      reports { edges { node { keyDomains { documents { title } } } } }
    }`);
    expect(data.documents.totalCount).toBe(23);
    const titles: string[] = [
      ...data.documents.edges.map((e: { node: { title: string } }) => e.node.title),
      ...data.reports.edges[0].node.keyDomains.flatMap((k: { documents: { title: string }[] }) => k.documents.map((d) => d.title)),
    ];
    expect(titles).toHaveLength(23 + 24);
    expect(titles.filter((t) => /_blank|\\t|"|信息名称/.test(t))).toEqual([]);
    expect(titles.filter((t) => t !== t.trim())).toEqual([]);
  });

  it('lists the key-domain catalogue by name, and each domain’s figure for 2017', async () => {
    const data = await app.data('{ keyDomainCatalogue { name figures { totalCount edges { node { items report { year } } } } } }');
    const expected = KEY_DOMAINS.map(([name, items]) => ({ name, figures: { totalCount: 1, edges: [{ node: { items, report: { year: 2017 } } }] } }));
    expect(data.keyDomainCatalogue).toEqual([...expected].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  });

  it('ties each cited document to its government and issuing department', async () => {
    const data = await app.data(`{ reports { edges { node { keyDomains { keyDomain { name } documents { title government { name } issuingDepartment { name kind government { name } } } } } } } }`);
    const safety = data.reports.edges[0].node.keyDomains.find((k: { keyDomain: { name: string } }) => k.keyDomain.name === '安全生产');
    const department = { name: '区安监局', kind: 'BUREAU', government: { name: '临淄区人民政府' } };
    expect(safety.documents).toEqual([
      { title: '临淄区安监局2017年度检查企业名录检查情况', government: { name: '临淄区人民政府' }, issuingDepartment: department },
      { title: '关于做好化工企业冬季安全生产工作的通知', government: { name: '临淄区人民政府' }, issuingDepartment: department },
      { title: '临淄区进一步加强企业全员安全培训工作实施方案', government: { name: '临淄区人民政府' }, issuingDepartment: department },
    ]);
  });
});

describe('the documents connection', () => {
  it('lists all documents newest first, undated last', async () => {
    const data = await app.data(`{ documents(first: 100) { ${DOCUMENT_PAGE} } }`);
    expect(data).toEqual({
      documents: {
        totalCount: 23,
        pageInfo: { hasNextPage: false },
        edges: ALL_BY_DATE.map(([title, issuedOn]) => ({ node: { title, issuedOn } })),
      },
    });
  });

  it('orders explicitly: ISSUED_ON_DESC is the default order, ISSUED_ON_ASC runs oldest first with the undated still last', async () => {
    const data = await app.data(`{
      desc: documents(first: 100, orderBy: ISSUED_ON_DESC) { edges { node { title issuedOn } } }
      asc: documents(first: 100, orderBy: ISSUED_ON_ASC) { totalCount edges { node { issuedOn } } }
    }`);
    expect(data.desc.edges).toEqual(ALL_BY_DATE.map(([title, issuedOn]) => ({ node: { title, issuedOn } })));
    expect(data.asc.totalCount).toBe(23);
    expect(data.asc.edges.map((e: { node: { issuedOn: string | null } }) => e.node.issuedOn)).toEqual([
      '2017-04-14', '2017-04-20', '2017-06-20', '2017-06-21', '2017-10-13', '2017-11-08', '2017-11-17', '2017-11-21',
      '2017-11-27', '2017-12-01', '2017-12-08', '2017-12-08', '2017-12-11', '2017-12-12', '2017-12-18', '2017-12-20',
      '2017-12-20', '2017-12-22', '2017-12-22', '2017-12-22', '2017-12-22', null, null,
    ]);
  });

  it('filters by key domain: the four cited under 行政审批', async () => {
    const { domains } = await ids();
    const data = await app.data(`query ($id: ID!) { documents(filter: { keyDomainId: $id }) { ${DOCUMENT_PAGE} } }`, { id: domains['行政审批'] });
    expect(data).toEqual({
      documents: {
        totalCount: 4,
        pageInfo: { hasNextPage: false },
        edges: byDate(['2017年建设项目施工许可审批情况统计', '关于深入推进行政审批工作的建议', '区发改局2017年11月行政许可信息公开', '闻韶北征收决定']),
      },
    });
  });

  it('filters by key domain: none under 人大建议和政协提案', async () => {
    const { domains } = await ids();
    const data = await app.data(`query ($id: ID!) { documents(filter: { keyDomainId: $id }) { ${DOCUMENT_PAGE} } }`, { id: domains['人大建议和政协提案'] });
    expect(data).toEqual({ documents: { totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] } });
  });

  it('filters by department: the three of 区物价局', async () => {
    const { departments } = await ids();
    const data = await app.data(`query ($id: ID!) { documents(filter: { departmentId: $id }) { ${DOCUMENT_PAGE} } }`, { id: departments['区物价局'] });
    expect(data).toEqual({
      documents: {
        totalCount: 3,
        pageInfo: { hasNextPage: false },
        edges: byDate([
          '关于公布临淄区实行政府定价的经营服务性收费清单的通知',
          '关于鹤苑小区6#、7#、8#住宅楼物业服务收费标准备案的通知',
          '关于方正太公苑小区物业服务收费备案公示',
        ]),
      },
    });
  });

  it('filters by topic: the six 部门公文', async () => {
    const data = await app.data(`{ documents(filter: { topic: "部门公文" }) { ${DOCUMENT_PAGE} } }`);
    expect(data).toEqual({
      documents: {
        totalCount: 6,
        pageInfo: { hasNextPage: false },
        edges: byDate([
          '关于公布临淄区实行政府定价的经营服务性收费清单的通知',
          '关于鹤苑小区6#、7#、8#住宅楼物业服务收费标准备案的通知',
          '关于做好化工企业冬季安全生产工作的通知',
          '临淄区进一步加强企业全员安全培训工作实施方案',
          '关于方正太公苑小区物业服务收费备案公示',
          '闻韶北征收决定',
        ]),
      },
    });
  });

  it('filters by issue date: the twelve of December 2017', async () => {
    const data = await app.data(`{ documents(filter: { issuedFrom: "2017-12-01", issuedTo: "2017-12-31" }) { ${DOCUMENT_PAGE} } }`);
    expect(data).toEqual({
      documents: {
        totalCount: 12,
        pageInfo: { hasNextPage: false },
        edges: ALL_BY_DATE.slice(0, 12).map(([title, issuedOn]) => ({ node: { title, issuedOn } })),
      },
    });
    expect(ALL_BY_DATE.slice(0, 12).every(([, d]) => d !== null && d >= '2017-12-01' && d <= '2017-12-31')).toBe(true);
  });

  it('filters by a single day at both ends: 2017-12-08', async () => {
    const data = await app.data(`{ documents(filter: { issuedFrom: "2017-12-08", issuedTo: "2017-12-08" }) { ${DOCUMENT_PAGE} } }`);
    expect(data.documents.edges).toEqual(byDate(['关于鹤苑小区6#、7#、8#住宅楼物业服务收费标准备案的通知', '临淄食药局处罚信息公开统计表（12月8日）公开']));
  });

  it('filters by title text: the three with 征收', async () => {
    const data = await app.data(`{ documents(filter: { titleContains: "征收" }) { ${DOCUMENT_PAGE} } }`);
    expect(data).toEqual({
      documents: {
        totalCount: 3,
        pageInfo: { hasNextPage: false },
        edges: byDate([
          '闻韶北征收决定',
          '临淄区人民政府关于闻韶北生活区(一期)改造项目房屋征收的决定',
          '临淄区人民政府关于原淄博中轩生化有限公司西厂区地块改建项目房屋征收的决定',
        ]),
      },
    });
  });

  it('combines conditions: 部门公文 of 区安监局 in November', async () => {
    const { departments } = await ids();
    const data = await app.data(
      `query ($id: ID!) { documents(filter: { departmentId: $id, topic: "部门公文", issuedFrom: "2017-11-01", issuedTo: "2017-11-30" }) { ${DOCUMENT_PAGE} } }`,
      { id: departments['区安监局'] },
    );
    expect(data.documents).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: false },
      edges: byDate(['关于做好化工企业冬季安全生产工作的通知', '临淄区进一步加强企业全员安全培训工作实施方案']),
    });
  });

  it('gives 区安监局’s documents through Department.documents', async () => {
    const { departments } = await ids();
    const data = await app.data(`query ($id: ID!) { department(id: $id) { name kind documents { ${DOCUMENT_PAGE} } } }`, { id: departments['区安监局'] });
    expect(data).toEqual({
      department: {
        name: '区安监局',
        kind: 'BUREAU',
        documents: {
          totalCount: 3,
          pageInfo: { hasNextPage: false },
          edges: byDate(['临淄区安监局2017年度检查企业名录检查情况', '关于做好化工企业冬季安全生产工作的通知', '临淄区进一步加强企业全员安全培训工作实施方案']),
        },
      },
    });
  });

  it('pages with first: 2 and after: endCursor, the second page continuing the first', async () => {
    const PAGE = 'query ($after: String) { documents(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title issuedOn } } } }';
    const first = (await app.data(PAGE)).documents;
    expect(first.totalCount).toBe(23);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e: { node: unknown }) => e.node)).toEqual(ALL_BY_DATE.slice(0, 2).map(([title, issuedOn]) => ({ title, issuedOn })));
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);

    const second = (await app.data(PAGE, { after: first.pageInfo.endCursor })).documents;
    expect(second.totalCount).toBe(23);
    expect(second.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((e: { node: unknown }) => e.node)).toEqual(ALL_BY_DATE.slice(2, 4).map(([title, issuedOn]) => ({ title, issuedOn })));
  });

  it('walks every page of two to the end, in the same order as one page of 100', async () => {
    const PAGE = 'query ($after: String) { documents(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { title issuedOn } } } }';
    const seen: { title: string; issuedOn: string | null }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await app.data(PAGE, { after })).documents;
      pages += 1;
      seen.push(...page.edges.map((e: { node: { title: string; issuedOn: string | null } }) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBe(12);
    expect(seen).toEqual(ALL_BY_DATE.map(([title, issuedOn]) => ({ title, issuedOn })));
  });
});
