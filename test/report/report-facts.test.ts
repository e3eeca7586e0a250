import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The narrative facts of seeds/linzi-2017.txt: metadata, sections, work points, channels, fees,
 * confidentiality review, public institutions, problems and next steps. Expected values are read
 * from the text by hand; the line each comes from is noted beside it.
 */

let app: TestApp;
beforeAll(async () => {
  // The cache off: the statement count is that of executing the page, every time.
  app = await startTestApp({ RESPONSE_CACHE: 'false' });
});
afterAll(() => app?.stop());


describe('report metadata (lines 2–5, 12)', () => {
  it('gives the title, year, statistics period, portal and legal basis', async () => {
    const node = await app.seedReport('title year periodStart periodEnd portalUrl legalBasis');
    expect(node).toEqual({
      title: '临淄区人民政府2017年度政府信息公开工作年度报告', // lines 2–3
      year: 2017,
      periodStart: '2017-01-01', // line 5: 从2017年1月1日到12月31日
      periodEnd: '2017-12-31',
      portalUrl: 'http://www.linzi.gov.cn', // line 5: “中国临淄”门户网站（www.linzi.gov.cn）
      legalBasis: ['《中华人民共和国政府信息公开条例》', '《山东省政府信息公开办法》'], // line 5
    });
  });

  it('names the official in charge: 区委常委、副区长刘在东 (line 12)', async () => {
    const node = await app.seedReport('officialInCharge { name title }');
    expect(node).toEqual({ officialInCharge: { name: '刘在东', title: '区委常委、副区长' } });
  });

  it('gives the issuing government with its disclosure office and phone (line 5)', async () => {
    const node = await app.seedReport('government { name portalUrl disclosureOffice disclosurePhone region { code name } } department { name }');
    expect(node).toEqual({
      government: {
        name: '临淄区人民政府',
        portalUrl: 'http://www.linzi.gov.cn',
        disclosureOffice: '临淄区政府办公室信息公开科',
        disclosurePhone: '0533-7211070',
        region: { code: '370305', name: '临淄区' },
      },
      department: null,
    });
  });
});

describe('the 13 sections', () => {
  it('lists every section with its heading and the lines it spans', async () => {
    const node = await app.seedReport('sections { ordinal heading lineStart lineEnd }');
    expect(node).toEqual({
      sections: [
        [1, '概述', 7, 9],
        [2, '政府信息公开组织领导和制度建设情况', 10, 14],
        [3, '发布解读、回应社会关切以及互动交流情况', 16, 20],
        [4, '重点领域政府信息公开工作推进情况和公开情况', 22, 397],
        [5, '2017年政务公开工作要点落实情况', 399, 419],
        [6, '主动公开政府信息情况', 420, 435],
        [7, '政府信息公开申请办理情况', 437, 438],
        [8, '政府信息公开收费及减免情况', 440, 441],
        [9, '因政府信息公开申请提起行政复议、行政诉讼的情况', 443, 447],
        [10, '政府信息公开保密审查及监督检查情况', 449, 450],
        [11, '所属事业单位信息公开工作推进措施和落实情况', 452, 454],
        [12, '全省基层政务公开标准化规范化试点工作情况', 455, 457],
        [13, '政府信息公开工作存在的主要问题及改进情况', 458, 462],
      ].map(([ordinal, heading, lineStart, lineEnd]) => ({ ordinal, heading, lineStart, lineEnd })),
    });
  });

  it('gives the exact text of sections 1, 7, 8, 9, 10 and 13', async () => {
    const node = await app.seedReport('sections { ordinal text }');
    const text = (ordinal: number) => node.sections.find((s: { ordinal: number }) => s.ordinal === ordinal).text;
    // line 9
    expect(text(1)).toBe(
      '2017年，紧紧围绕区委区政府重大决策部署和社会关切，深入贯彻《条例》《办法》, 按照《淄博市2017年政务公开工作要点》《山东省政府办公厅关于印发开展基层政务公开标准化规范化试点工作实施方案的通知》等文件要求，以完善制度机制、推进重点领域信息公开、加强公开平台建设、落实政务公开工作要点为工作重点，进一步加大政务公开工作推进力度，有效保障了公民、法人和社会组织的知情权、参与权，为推进阳光政府、法制政府建设发挥了重要作用。',
    );
    // line 438
    expect(text(7)).toBe(
      '2017年度，收到政府信息公开申请249件，其中当面申请132件，网络申请30件，信函申请56件，其他形式31件。申请办结数249件，其中按时办结数231件，延期办结数18件。申请答复数249件，其中属于已主动公开范围数7件，同意公开答复数102件，同意部分公开答复数17件，不同意公开答复数14件（其中，涉及国家秘密1件，不是《条例》所指政府信息7件，法律法规规定的其他情形的5件），不属于本行政机关公开数39件，申请信息不存在数54件，告知作出更改补充数16件。',
    );
    // line 441
    expect(text(8)).toBe('无政府信息公开收费及减免情况。');
    // lines 445–447, the blank line between kept
    expect(text(9)).toBe(
      '因政府信息公开申请提起行政复议数量11件，其中维持具体行政行为1件，被依法纠错8件，其他情形2件。\n\n' +
        '因政府信息公开申请提起行政诉讼数量59件，其中维持具体行政行为或者驳回诉讼请求31件，被依法纠错6件，其它情形22件。',
    );
    // line 450
    expect(text(10)).toBe(
      '一是落实政府信息公开保密制度。严格按照《临淄区政府信息公开保密审查办法》要求，遵循“谁公开谁审查、谁审查谁负责”和“先审查后公开”的原则开展政府信息公开保密审查工作。二是在政府信息公开平台发布信息前应对拟公开信息进行保密审查。在政府信息公开后台每个单位设有两个账号，一个账号负责信息录入、初审、发布，另一个账号负责保密审核，拟发布信息要经过录入人员录入、初审，由分管领导保密审核后，再由录入人员对外发布。三是不定期开展政府信息公开监督检查，保障信息安全。',
    );
    // lines 460–462, without the 附件 line 463
    expect(text(13)).toBe(
      '临淄区政府信息公开工作虽然取得了一定成效，但仍存在某些问题和不足，例如，少数部门、单位对政府信息公开工作的重视程度不够，主动满足群众公开需要的意愿不足。个别部门发布信息总量与其职能、工作量不相匹配。部分单位公开信息的质量和时效有待提升。\n\n' +
        '下一步，临淄区将重点做好以下几方面工作： 一是加强政务公开制度建设。制定出台合理可行的《临淄区政务公开考核办法》，梳理编制《临淄区政务公开工作事项标准目录》，完善有关政务公开制度。二是加强信息公开监督考核。定期对各单位政务公开情况进行检查，发现问题及时督促整改，确保全区政务公开工作更加制度化、标准化、规范化。三是依托“两微一端”，积极做好主动公开。四是依法处理依申请政府信息公开。五是加强试点工作力度，确保顺利通过全省基层政务公开规范化标准化建设试点验收。',
    );
  });

  it('keeps each section within its own lines: section 4 carries the cited titles, section 5 the 18 work points', async () => {
    const node = await app.seedReport('sections { ordinal text }');
    const text = (ordinal: number): string => node.sections.find((s: { ordinal: number }) => s.ordinal === ordinal).text;
    expect(text(4).startsWith('1.保障性住房。公开保障性住房信息20条，如：《')).toBe(true); // line 23
    expect(text(4).endsWith('10.人大建议和政协提案。2017年，通过网站公开人大代表建议办理情况154件，公开政协委员提案办理情况127件。')).toBe(true); // line 397
    expect(text(5).startsWith('（一）加强预期引导。')).toBe(true); // line 401
    expect(text(5).endsWith('健全完善安全生产不良记录“黑名单”制度，定期向社会公布。')).toBe(true); // line 419
    expect(text(6).endsWith('增强公众利用手机获取信息的便捷性。')).toBe(true); // line 435
  });
});

describe('responses and interpretation (section 三)', () => {
  it('names the 政策解读 column and its two examples (line 17)', async () => {
    const node = await app.seedReport('interpretationColumn { name examples }');
    expect(node).toEqual({
      interpretationColumn: {
        name: '政策解读',
        examples: ['城乡居民基本医疗保险政策解读', '不了解我区2017年义务教育段招生政策？区教育局基教科帮你划重点！'],
      },
    });
  });
});

describe('the 18 work points of section 五 (lines 401–419)', () => {
  it('lists them in order with their titles and lines', async () => {
    const node = await app.seedReport('workPoints { ordinal title line }');
    expect(node).toEqual({
      workPoints: [
        ['加强预期引导', 401],
        ['推进减税、降费、降低要素成本信息公开', 403],
        ['推进重大建设项目和公共资源配置信息公开', 404],
        ['推进政府和社会资本合作(PPP)项目信息公开', 405],
        ['推进“放管服”改革信息公开', 406],
        ['推进国资国企信息公开工作', 407],
        ['推进农业供给侧结构性改革信息公开', 408],
        ['推进财税体制改革信息公开', 409],
        ['推进新旧动能转换工作信息公开', 410],
        ['推进化解过剩产能工作信息公开', 411],
        ['推进消费升级和产品质量提升工作信息公开', 412],
        ['推进扶贫脱贫和社会救助信息公开', 413],
        ['推进环境保护信息公开', 414],
        ['推进教育卫生领域信息公开', 415],
        ['推进食品药品安全领域信息公开', 416],
        ['围绕防范金融风险推进公开', 417],
        ['围绕促进房地产市场平稳健康发展推进公开', 418],
        ['围绕防范遏制重特大生产安全事故推进公开', 419],
      ].map(([title, line], i) => ({ ordinal: i + 1, title, line })),
    });
  });

  it('gives what was done under a work point: its paragraph as printed, without the numeral', async () => {
    const node = await app.seedReport('workPoints { ordinal text }');
    expect(node.workPoints).toHaveLength(18);
    // line 405, after the numeral （四）
    expect(node.workPoints[3]).toEqual({
      ordinal: 4,
      text: '推进政府和社会资本合作(PPP)项目信息公开。全面公开相关法律法规、政策文件、项目进展、专家库、典型案例等信息。依托政府和社会资本合作(PPP)综合信息平台，建立PPP项目信息公开工作机制，加强项目准备、采购、执行等阶段信息的公开，加大对社会资本参与方式、项目合同和回报机制等内容的公开力度，激发社会资本的参与热情。',
    });
    // line 419, after the numeral （十八）
    expect(node.workPoints[17]).toEqual({
      ordinal: 18,
      text: '围绕防范遏制重特大生产安全事故推进公开。及时发布事故信息和安全警示提示信息，做好事故隐患挂牌督办信息、事故调查报告公开工作。加大安全生产监管执法检查信息公开力度，公开常规检查执法、暗查暗访、突击检查、随机抽查等执法检查信息。健全完善安全生产不良记录“黑名单”制度，定期向社会公布。',
    });
  });

  it('states the 18 key areas of the year’s work points in the prose (line 12)', async () => {
    const node = await app.seedReport('proseFigures(measurePrefix: "work_points") { measure value unit line }');
    expect(node).toEqual({ proseFigures: [{ measure: 'work_points.count', value: 18, unit: '个', line: 12 }] });
  });
});

describe('channels (section 六)', () => {
  it('gives the five channel figures with their catalogue channels', async () => {
    const node = await app.seedReport('channelFigures { items channel { code name } }');
    expect(node).toEqual({
      channelFigures: [
        { items: 7487, channel: { code: 'WEBSITE', name: '政府网站' } },
        { items: 895, channel: { code: 'WEIBO', name: '政务微博' } },
        { items: 3012, channel: { code: 'WECHAT', name: '政务微信' } },
        { items: 161, channel: { code: 'GAZETTE', name: '政府公报' } },
        { items: 719, channel: { code: 'OTHER', name: '其他方式' } },
      ],
    });
  });

  it('lists the government’s outlets: portal, WeChat 中国临淄, Weibo 临淄政务, gazette and three apps', async () => {
    const node = await app.seedReport('government { channelAccounts { channel name url openedOn description line } }');
    expect(node).toEqual({
      government: {
        channelAccounts: [
          // line 5 and line 427
          { channel: 'WEBSITE', name: '中国临淄', url: 'http://www.linzi.gov.cn', openedOn: null, description: expect.stringContaining('7487条'), line: 5 },
          // line 429: 2016年2月 … “中国临淄”微信公众平台 … 2017年共发布信息680余条，日均2条。
          {
            channel: 'WECHAT',
            name: '中国临淄',
            url: null,
            openedOn: '2016-02',
            description: expect.stringMatching(/680余条.*日均2条/),
            line: 429,
          },
          // line 431
          { channel: 'WEIBO', name: '临淄政务', url: null, openedOn: null, description: expect.stringContaining('重大政策、重要会议部署、工作动态'), line: 431 },
          // line 433
          { channel: 'GAZETTE', name: '政府公报', url: null, openedOn: null, description: expect.stringMatching(/每月编发1期.*共12期/), line: 433 },
          // line 435
          { channel: 'APP', name: '81890民生热线', url: null, openedOn: null, description: expect.stringContaining('手机客户端'), line: 435 },
          { channel: 'APP', name: '中国﹒临淄', url: null, openedOn: null, description: expect.stringContaining('移动门户手机客户端'), line: 435 },
          { channel: 'APP', name: '智慧人社人人通', url: null, openedOn: null, description: expect.stringContaining('手机客户端'), line: 435 },
        ],
      },
    });
  });

  it('lists the channel catalogue', async () => {
    const { body } = await app.graphql('{ disclosureChannels { code name } }');
    expect(body).toEqual({
      data: {
        disclosureChannels: expect.arrayContaining([
          { code: 'WEBSITE', name: '政府网站' },
          { code: 'WEIBO', name: '政务微博' },
          { code: 'WECHAT', name: '政务微信' },
          { code: 'GAZETTE', name: '政府公报' },
          { code: 'OTHER', name: '其他方式' },
        ]),
      },
    });
  });
});

describe('fees, confidentiality review, public institutions (sections 八, 十, 十一)', () => {
  it('states no fee was charged (line 441)', async () => {
    const node = await app.seedReport('fees { charged statement }');
    expect(node).toEqual({ fees: { charged: false, statement: '无政府信息公开收费及减免情况。' } });
  });

  it('gives the review principles, two accounts per unit and the three measures (line 450)', async () => {
    const node = await app.seedReport('confidentialityReview { principles accountsPerUnit measures }');
    expect(node).toEqual({
      confidentialityReview: {
        principles: ['谁公开谁审查、谁审查谁负责', '先审查后公开'],
        accountsPerUnit: 2,
        measures: [
          '落实政府信息公开保密制度。严格按照《临淄区政府信息公开保密审查办法》要求，遵循“谁公开谁审查、谁审查谁负责”和“先审查后公开”的原则开展政府信息公开保密审查工作。',
          '在政府信息公开平台发布信息前应对拟公开信息进行保密审查。在政府信息公开后台每个单位设有两个账号，一个账号负责信息录入、初审、发布，另一个账号负责保密审核，拟发布信息要经过录入人员录入、初审，由分管领导保密审核后，再由录入人员对外发布。',
          '不定期开展政府信息公开监督检查，保障信息安全。',
        ],
      },
    });
  });

  it('gives the 公共企事业单位信息公开 column with its 30 units and the four it names (line 454)', async () => {
    const node = await app.seedReport('publicInstitutions { columnName count named }');
    expect(node).toEqual({
      publicInstitutions: {
        columnName: '公共企事业单位信息公开',
        count: 30,
        named: ['区林业局', '区广电局', '区畜牧兽医局', '区招投标中心'],
      },
    });
  });
});

describe('problems and next steps (section 十三)', () => {
  it('lists the three problems of line 460', async () => {
    const node = await app.seedReport('problems { text line }');
    expect(node).toEqual({
      problems: [
        { text: '少数部门、单位对政府信息公开工作的重视程度不够，主动满足群众公开需要的意愿不足。', line: 460 },
        { text: '个别部门发布信息总量与其职能、工作量不相匹配。', line: 460 },
        { text: '部分单位公开信息的质量和时效有待提升。', line: 460 },
      ],
    });
  });

  it('lists the five next steps of line 462', async () => {
    const node = await app.seedReport('nextSteps { text line }');
    expect(node).toEqual({
      nextSteps: [
        { text: '加强政务公开制度建设。制定出台合理可行的《临淄区政务公开考核办法》，梳理编制《临淄区政务公开工作事项标准目录》，完善有关政务公开制度。', line: 462 },
        { text: '加强信息公开监督考核。定期对各单位政务公开情况进行检查，发现问题及时督促整改，确保全区政务公开工作更加制度化、标准化、规范化。', line: 462 },
        { text: '依托“两微一端”，积极做好主动公开。', line: 462 },
        { text: '依法处理依申请政府信息公开。', line: 462 },
        { text: '加强试点工作力度，确保顺利通过全省基层政务公开规范化标准化建设试点验收。', line: 462 },
      ],
    });
  });
});

describe('departments named by the report', () => {
  it('gives 齐陵街道 as the only street office', async () => {
    const node = await app.seedReport('government { departments(kind: STREET_OFFICE) { name kind } }');
    expect(node).toEqual({ government: { departments: [{ name: '齐陵街道', kind: 'STREET_OFFICE' }] } });
  });

  it('gives each kind its departments: the general office, the 环保 branch, the other lead organs', async () => {
    const node = await app.seedReport(`government {
      office: departments(kind: GOVERNMENT_OFFICE) { name }
      branch: departments(kind: BRANCH_BUREAU) { name }
      institutions: departments(kind: PUBLIC_INSTITUTION) { name }
      towns: departments(kind: TOWN) { name }
    }`);
    expect(node).toEqual({
      government: {
        office: [{ name: '区政府办公室' }],
        branch: [{ name: '区环保分局' }],
        institutions: [{ name: '区招投标中心' }],
        towns: [],
      },
    });
  });

  it('holds the 16 organs the report names as issuers or pilot leads', async () => {
    const node = await app.seedReport('government { departments { name } }');
    expect(node.government.departments.map((d: { name: string }) => d.name).sort()).toEqual(
      [
        // issuing departments of the cited documents (lines 28–368)
        '区房管局', '区政府办公室', '区发展和改革局', '区住建局', '齐陵街道', '区教育局', '区物价局', '区环保分局', '区食药局', '区审计局', '区安监局',
        // pilot lead departments (line 457)
        '区财政局', '区文化旅游和新闻出版局', '区司法局', '区重点项目办', '区招投标中心',
      ].sort(),
    );
  });
});

describe('the whole report page in one request', () => {
  const REPORT_PAGE = `{
    reports(first: 1, filter: { year: 2017 }) { edges { node {
      title year periodStart periodEnd portalUrl legalBasis
      officialInCharge { name title }
      interpretationColumn { name examples }
      fees { charged statement }
      confidentialityReview { principles measures accountsPerUnit }
      publicInstitutions { columnName count named }
      problems { text } nextSteps { text }
      sections { ordinal heading text }
      workPoints { ordinal title text }
      keyDomains { ordinal items keyDomain { name }
        documents { title topic number issuedOn issuingDepartment { name kind } citedUnder { keyDomain { name } } } }
      table: statistics2008(source: TABLE) { proactive { items byChannel { website } } applications { replies { refused { otherStatutory } } } }
      prose: statistics2008(source: PROSE) { proactive { items byChannel { website } } applications { replies { refused { otherStatutory } } } }
      tableCells { code value }
      proseFigures { measure value }
      channelFigures { items statedShareText channel { code name } }
      government { name disclosureOffice disclosurePhone
        channelAccounts { channel name openedOn }
        pilotSites { designatedOn programme { name phases { name } }
          areas { name leadDepartment { name } currentPhase { ordinal name } currentStatus } } }
    } } }
  }`;

  it('takes a fixed number of SQL statements, the same when run again', async () => {
    const first = await app.graphql(REPORT_PAGE);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const node = (first.body.data as any).reports.edges[0].node;
    expect(node.tableCells).toHaveLength(82);
    expect(node.sections).toHaveLength(13);
    expect(node.workPoints).toHaveLength(18);
    expect(node.keyDomains.flatMap((k: { documents: unknown[] }) => k.documents)).toHaveLength(24);
    expect(node.table.applications.replies.refused.otherStatutory).toBe(6);
    expect(node.prose.applications.replies.refused.otherStatutory).toBe(5);
    expect(node.government.pilotSites[0].areas.map((a: { leadDepartment: { name: string } }) => a.leadDepartment.name)).toEqual([
      '区重点项目办',
      '区财政局',
      '区招投标中心',
      '区文化旅游和新闻出版局',
      '区司法局',
    ]);
    expect(first.sqlStatements).toBe(SQL_STATEMENTS);

    const second = await app.graphql(REPORT_PAGE);
    expect(second.body).toEqual(first.body);
    expect(second.sqlStatements).toBe(SQL_STATEMENTS);
  });
});

/** Observed for REPORT_PAGE on the seed; a change means the batching of some field changed. */
const SQL_STATEMENTS = 22;
