import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('the seed report (临淄区 2017) through the gateway', () => {
  it('answers the newcomer query with the government, its region and the five channel figures', async () => {
    const result = await app.graphql(`{
      reports { edges { node { year government { name region { name } } channelFigures { channel { name } items } } } }
    }`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: {
        reports: {
          edges: [
            {
              node: {
                year: 2017,
                government: { name: '临淄区人民政府', region: { name: '临淄区' } },
                channelFigures: [
                  { channel: { name: '政府网站' }, items: 7487 },
                  { channel: { name: '政务微博' }, items: 895 },
                  { channel: { name: '政务微信' }, items: 3012 },
                  { channel: { name: '政府公报' }, items: 161 },
                  { channel: { name: '其他方式' }, items: 719 },
                ],
              },
            },
          ],
        },
      },
    });
  });

  it('keeps the shares as printed, including the approximate one', async () => {
    const { body } = await app.graphql('{ reports { edges { node { channelFigures { statedShare statedShareText line } } } } }');
    expect(body).toEqual({
      data: {
        reports: {
          edges: [
            {
              node: {
                channelFigures: [
                  { statedShare: 61, statedShareText: '占61%', line: 423 },
                  { statedShare: 7.29, statedShareText: '占7.29%', line: 423 },
                  { statedShare: 24.54, statedShareText: '占24.54%', line: 423 },
                  { statedShare: 1.31, statedShareText: '约占1.31%', line: 423 },
                  { statedShare: 5.86, statedShareText: '占5.86%', line: 423 },
                ],
              },
            },
          ],
        },
      },
    });
  });

  it('serves report metadata and the 13 sections in reading order', async () => {
    const { body } = await app.graphql(`{
      reports { totalCount edges { node { title format tableVariant periodStart periodEnd publishedAt sourceFile sourceSha256
        sections { ordinal heading lineStart } } } }
    }`);
    const node = (body.data as any).reports.edges[0].node;
    expect((body.data as any).reports.totalCount).toBe(1);
    expect({ ...node, sections: undefined }).toEqual({
      title: '临淄区人民政府2017年度政府信息公开工作年度报告',
      format: 'REGULATION_2008',
      tableVariant: 'NATIONAL_2014',
      periodStart: '2017-01-01',
      periodEnd: '2017-12-31',
      publishedAt: null,
      sourceFile: 'seeds/linzi-2017.txt',
      sourceSha256: '2ad137c81066c7e2455a115b635c44c79bff741798ea97d188da95c7e87e15f9',
      sections: undefined,
    });
    expect(node.sections.map((s: { heading: string }) => s.heading)).toEqual([
      '概述',
      '政府信息公开组织领导和制度建设情况',
      '发布解读、回应社会关切以及互动交流情况',
      '重点领域政府信息公开工作推进情况和公开情况',
      '2017年政务公开工作要点落实情况',
      '主动公开政府信息情况',
      '政府信息公开申请办理情况',
      '政府信息公开收费及减免情况',
      '因政府信息公开申请提起行政复议、行政诉讼的情况',
      '政府信息公开保密审查及监督检查情况',
      '所属事业单位信息公开工作推进措施和落实情况',
      '全省基层政务公开标准化规范化试点工作情况',
      '政府信息公开工作存在的主要问题及改进情况',
    ]);
    expect(node.sections.map((s: { ordinal: number; lineStart: number }) => [s.ordinal, s.lineStart])).toEqual([
      [1, 7], [2, 10], [3, 16], [4, 22], [5, 399], [6, 420], [7, 437], [8, 440], [9, 443], [10, 449], [11, 452], [12, 455], [13, 458],
    ]);
  });

  it('links the government to its region chain, departments, contact and pilot site across subgraphs', async () => {
    const { body } = await app.graphql(`{
      region(code: "370305") { code level parent { code name level parent { code name level parent { code } } }
        governments { name portalUrl disclosureOffice disclosurePhone departments { name kind }
          reports { totalCount edges { node { year } } }
          pilotSites { designatedOn programme { name level phases { ordinal name } }
            areas { name leadDepartment { name ledPilotAreas { name } } } } } }
    }`);
    const government = (body.data as any).region.governments[0];
    expect((body.data as any).region.parent).toEqual({
      code: '370300', name: '淄博市', level: 'CITY', parent: { code: '370000', name: '山东省', level: 'PROVINCE', parent: null },
    });
    expect(government.departments).toHaveLength(16);
    expect(government.departments).toContainEqual({ name: '区环保分局', kind: 'BRANCH_BUREAU' });
    expect(government.departments).toContainEqual({ name: '齐陵街道', kind: 'STREET_OFFICE' });
    expect({ ...government, departments: undefined }).toEqual({
      name: '临淄区人民政府',
      portalUrl: 'http://www.linzi.gov.cn',
      disclosureOffice: '临淄区政府办公室信息公开科',
      disclosurePhone: '0533-7211070',
      departments: undefined,
      reports: { totalCount: 1, edges: [{ node: { year: 2017 } }] },
      pilotSites: [
        {
          designatedOn: '2017-10',
          programme: {
            name: '基层政务公开标准化规范化试点',
            level: 'PROVINCIAL',
            phases: ['动员部署', '梳理编制标准目录', '全面组织落实', '初验评估总结', '迎接验收评估'].map((name, i) => ({ ordinal: i + 1, name })),
          },
          areas: [
            ['重大项目建设', '区重点项目办'],
            ['财政预决算', '区财政局'],
            ['公共资源管理', '区招投标中心'],
            ['公共文化服务', '区文化旅游和新闻出版局'],
            ['公共法律服务', '区司法局'],
          ].map(([name, lead]) => ({ name, leadDepartment: { name: lead, ledPilotAreas: [{ name }] } })),
        },
      ],
    });
  });
});
