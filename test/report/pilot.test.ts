import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The provincial grassroots disclosure pilot as the report describes it: section 二 (line 13) and
 * section 十二 (line 457) of seeds/linzi-2017.txt, read by hand.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());


// line 457: 划分为动员部署、梳理编制标准目录、全面组织落实、初验评估总结和迎接验收评估五个阶段
const PHASES = ['动员部署', '梳理编制标准目录', '全面组织落实', '初验评估总结', '迎接验收评估'].map((name, i) => ({ ordinal: i + 1, name }));

// line 457: the five areas in the order listed, each with the department that leads it
const AREAS: [string, string][] = [
  ['重大项目建设', '区重点项目办'],
  ['财政预决算', '区财政局'],
  ['公共资源管理', '区招投标中心'],
  ['公共文化服务', '区文化旅游和新闻出版局'],
  ['公共法律服务', '区司法局'],
];

// line 457: 目前，各牵头责任部门均已制定了负责领域工作实施方案，正开展政务公开事项标准目录梳理编制工作。
const PROGRESS_NOTE = '目前，各牵头责任部门均已制定了负责领域工作实施方案，正开展政务公开事项标准目录梳理编制工作。';

describe('the pilot programme', () => {
  it('is the provincial 基层政务公开标准化规范化试点 with 30 planned sites (line 13: 全省共30个)', async () => {
    const data = await app.data('{ pilotPrograms { name level plannedSites phases { ordinal name } sites { designatedOn government { name } } } }');
    expect(data).toEqual({
      pilotPrograms: [
        {
          name: '基层政务公开标准化规范化试点',
          level: 'PROVINCIAL',
          plannedSites: 30,
          phases: PHASES,
          sites: [{ designatedOn: '2017-10', government: { name: '临淄区人民政府' } }],
        },
      ],
    });
  });
});

describe('临淄区 as a pilot site (line 457)', () => {
  it('was designated in 2017-10 under 临政办发〔2017〕15号, gathers progress on the 25th and runs an 8-column topic site', async () => {
    const data = await app.data(`{ governments { edges { node { name pilotSites {
      designatedOn implementationDocumentTitle implementationDocumentNumber progressDayOfMonth topicColumnCount topicColumns
      programme { name level }
    } } } } }`);
    expect(data.governments.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        name: '临淄区人民政府',
        pilotSites: [
          {
            designatedOn: '2017-10', // 2017年10月，临淄区被列为…试点区县
            implementationDocumentTitle: '关于印发临淄区基层政务公开标准化规范化试点工作实施方案的通知', // also line 13
            implementationDocumentNumber: '临政办发〔2017〕15号',
            progressDayOfMonth: 25, // 每月25日汇总
            topicColumnCount: 8, // 共计8个栏目
            // 设立制度法规、工作动态、我来献一策和5个试点领域共计8个栏目
            topicColumns: ['制度法规', '工作动态', '我来献一策', '重大项目建设', '财政预决算', '公共资源管理', '公共文化服务', '公共法律服务'],
            programme: { name: '基层政务公开标准化规范化试点', level: 'PROVINCIAL' },
          },
        ],
      },
    ]);
  });

  it('pilots the five areas in the order listed, each under its lead department', async () => {
    const data = await app.data(`{ governments { edges { node { pilotSites { areas { name leadDepartment { name } site { designatedOn } } } } } } }`);
    expect(data.governments.edges[0].node.pilotSites[0].areas).toEqual(
      AREAS.map(([name, lead]) => ({ name, leadDepartment: { name: lead }, site: { designatedOn: '2017-10' } })),
    );
  });

  it('puts every area in phase 2 梳理编制标准目录, in progress, as of the end of the report year', async () => {
    const data = await app.data(`{ pilotPrograms { sites { areas {
      name currentPhase { ordinal name } currentStatus
      progress { status note asOf line source phase { ordinal name } }
    } } } }`);
    expect(data.pilotPrograms[0].sites[0].areas).toEqual(
      AREAS.map(([name]) => ({
        name,
        currentPhase: { ordinal: 2, name: '梳理编制标准目录' },
        currentStatus: 'IN_PROGRESS',
        progress: [
          {
            status: 'IN_PROGRESS',
            note: PROGRESS_NOTE,
            asOf: '2017-12-31',
            line: 457,
            source: expect.stringMatching(/^临淄区人民政府2017年度政府信息公开工作年度报告.*457/),
            phase: { ordinal: 2, name: '梳理编制标准目录' },
          },
        ],
      })),
    );
  });

  it('states the pilot figures in the prose: 30 counties, 5 areas, 5 phases, the 25th, 8 columns', async () => {
    const data = await app.data('{ reports { edges { node { proseFigures(measurePrefix: "pilot") { measure value unit line } } } } }');
    expect(data.reports.edges[0].node.proseFigures).toEqual([
      { measure: 'pilot.counties_in_province', value: 30, unit: '个', line: 13 },
      { measure: 'pilot.areas', value: 5, unit: '个', line: 457 },
      { measure: 'pilot.areas_per_lead_department', value: 1, unit: '个', line: 457 },
      { measure: 'pilot.phases', value: 5, unit: '个', line: 457 },
      { measure: 'pilot.progress_day', value: 25, unit: '日', line: 457 },
      { measure: 'pilot.areas', value: 5, unit: '个', line: 457 },
      { measure: 'pilot.topic_columns', value: 8, unit: '个', line: 457 },
    ]);
  });
});

describe('lead departments', () => {
  it('gives 区司法局 the one area it leads, 公共法律服务', async () => {
    const { governments } = await app.data('{ governments { edges { node { departments { id name } } } } }');
    const justice = governments.edges[0].node.departments.find((d: { name: string }) => d.name === '区司法局');
    const data = await app.data('query ($id: ID!) { department(id: $id) { name kind ledPilotAreas { name currentPhase { name } currentStatus } } }', {
      id: justice.id,
    });
    expect(data).toEqual({
      department: {
        name: '区司法局',
        kind: 'BUREAU',
        ledPilotAreas: [{ name: '公共法律服务', currentPhase: { name: '梳理编制标准目录' }, currentStatus: 'IN_PROGRESS' }],
      },
    });
  });

  it('gives each lead department exactly its own area, and the other departments none', async () => {
    const data = await app.data('{ governments { edges { node { departments { name ledPilotAreas { name } } } } } }');
    const led = Object.fromEntries(
      data.governments.edges[0].node.departments.map((d: { name: string; ledPilotAreas: { name: string }[] }) => [d.name, d.ledPilotAreas.map((a) => a.name)]),
    );
    for (const [area, lead] of AREAS) expect(led[lead]).toEqual([area]);
    const others = Object.entries(led).filter(([name]) => !AREAS.some(([, lead]) => lead === name));
    expect(others).toHaveLength(11);
    expect(others.filter(([, areas]) => (areas as string[]).length > 0)).toEqual([]);
  });
});
