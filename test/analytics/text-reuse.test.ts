import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuerNameForms, stripBoilerplate } from '../../src/findings/text-reuse/boilerplate.js';
import { compareSections, NotCompared, reuseSideOf } from '../../src/findings/text-reuse/compare-sections.js';
import { bigramDice } from '../../src/findings/text-reuse/similarity.js';
import { ruleById } from '../../src/findings/rule-set.js';
import { importReport } from '../../src/importer/import-report.js';
import { buildReportDocument } from '../../src/ingest/pipeline/build-report-document.js';
import { fromProjectRoot } from '../../src/project-root.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { facts, input } from '../findings/support/facts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const percent = (a: string, b: string) => Math.round(bigramDice(a, b) * 1000) / 10;

describe('the similarity of two texts (character-bigram Dice, percent)', () => {
  it('is 100 for the same text and 0 for texts without a common pair of characters', () => {
    // 公开信息: 公开 开信 信息 on both sides, 3 common: 2·3 / (3 + 3) = 100 %.
    expect(percent('公开信息', '公开信息')).toBe(100);
    // 收费减免: 收费 费减 减免, none of them in 公开信息: 0 / 6.
    expect(percent('公开信息', '收费减免')).toBe(0);
  });

  it('takes a character outside the BMP as one character, not two UTF-16 halves', () => {
    // 𠀀𠀁 and 𠀁𠀀 have one pair each, and not the same one. Split into halves they would share two of three.
    expect(percent('𠀀𠀁', '𠀁𠀀')).toBe(0);
    expect(percent('𠀀𠀁公开', '𠀁公开')).toBe(80);
  });

  it('counts a pair as often as it occurs', () => {
    // 公开公开: 公开 开公 公开; 公开: 公开. One 公开 in common: 2·1 / (3 + 1) = 50 %.
    expect(percent('公开公开', '公开')).toBe(50);
  });

  it('gives a partly rewritten text the share of pairs it keeps', () => {
    // 加强政务公开: 加强 强政 政务 务公 公开; 深化政务公开: 深化 化政 政务 务公 公开.
    // Common: 政务 务公 公开 = 3, so 2·3 / (5 + 5) = 60 %.
    expect(percent('加强政务公开', '深化政务公开')).toBe(60);
  });
});

describe('boilerplate removal', () => {
  const names = issuerNameForms(['临淄区人民政府', null, '合成县人民政府', null]);

  it('takes out dates, figures, punctuation and both issuers’ names, so a copy with new ones is the same text', () => {
    const before = stripBoilerplate('2017年12月31日前，临淄区人民政府公开信息12274条，同比增长81.24%。', names);
    const after = stripBoilerplate('2018年12月31日前，合成县人民政府公开信息36822条, 同比增长5.3％。', names);
    expect([before, after]).toEqual(['前公开信息条同比增长', '前公开信息条同比增长']);
    expect(percent(before, after)).toBe(100);
  });

  it('takes out the short form of a name, Chinese numerals of two or more, the regulation’s name and the standard headings', () => {
    expect(names).toEqual(['临淄区人民政府', '合成县人民政府', '临淄区', '合成县']);
    expect(stripBoilerplate('二〇一七年，临淄区根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，编写十八个方面的概述。无其他需要报告的事项。', names))
      .toEqual('年根据要求编写个方面的无');
  });

  it('leaves a partly rewritten copy its exact share', () => {
    // After removal: 加强政务公开公开信息条 and 深化政务公开公开信息条, 10 pairs each:
    // 加强 强政 政务 务公 公开 开公 公开 开信 信息 息条 against 深化 化政 政务 务公 公开 开公 公开 开信 信息 息条.
    // Common: 政务 务公 公开 公开 开公 开信 信息 息条 = 8, so 2·8 / (10 + 10) = 80 %.
    const before = stripBoilerplate('2017年，临淄区人民政府加强政务公开，公开信息12274条。', names);
    const after = stripBoilerplate('2018年，合成县人民政府深化政务公开，公开信息36822条。', names);
    expect([before, after]).toEqual(['加强政务公开公开信息条', '深化政务公开公开信息条']);
    expect(percent(before, after)).toBe(80);
  });
});

describe('pairing sections and the rule repeats.section-text-reused', () => {
  // Two different texts of 80 and 72 characters once their punctuation is gone, none of it boilerplate.
  const own = '围绕重大决策部署和社会关切，以完善制度机制、推进重点领域信息公开、加强政策解读和回应关切为抓手，扎实推进政务公开各项工作，全区上下形成了人人重视公开、事事依法公开的良好氛围。';
  const rewritten = '本年度着力建设政务公开平台，整合门户网站、政务微博、政务微信和客户端等渠道资源，统一发布标准和审核流程，实现了信息一次采集、多端发布，群众查询办事更加方便快捷。';
  const rule = ruleById.get('repeats.section-text-reused')!;

  it('pairs by heading without its year, falls back to the position only between standard headings, and skips tables and short sections', () => {
    const previous = facts({ year: 2017, sections: [
      { heading: '概述', text: own },
      { heading: '政务新媒体建设', text: own },
      { heading: '2017年政务公开工作要点落实情况', text: rewritten },
      { heading: '其他需要报告的事项', text: '无。' },
    ] });
    const current = facts({ year: 2018, format: 'TEMPLATE_2019', sections: [
      { heading: '总体情况', text: own.replace('重大决策部署', '2018年重大决策部署') },
      { heading: '公开平台建设', text: own },
      { heading: '主动公开政府信息情况', text: '第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989' },
      { heading: '2018年政务公开工作要点落实情况', text: own },
      { heading: '其他需要报告的事项', text: '无。' },
    ] });
    expect(compareSections(reuseSideOf(current), reuseSideOf(previous)).map((r) => [r.section.heading, r.previous?.heading ?? null, r.similarity, r.reused, r.notCompared])).toEqual([
      ['总体情况', '概述', 100, true, null],
      // Own headings at the same position are different topics: not paired.
      ['公开平台建设', null, null, false, NotCompared.NO_MATCHING_SECTION],
      ['主动公开政府信息情况', null, null, false, NotCompared.STATISTICS_TABLE],
      // Paired by heading without the year; two different texts share few pairs (政务 务公 公开 …).
      ['2018年政务公开工作要点落实情况', '2017年政务公开工作要点落实情况', 5.3, false, null],
      ['其他需要报告的事项', '其他需要报告的事项', null, false, NotCompared.TOO_SHORT],
    ]);

    expect(rule.check(input(current, { previous }))).toEqual([
      {
        holds: false, expected: null, actual: 100,
        message: 'Section 1 总体情况 repeats 2017\'s section 1 概述: 100% similar after boilerplate removal',
        involved: [
          { kind: 'SECTION', code: null, label: '总体情况', value: null, text: null, line: 1, year: null },
          { kind: 'SECTION', code: null, label: '概述', value: null, text: null, line: 1, year: 2017 },
        ],
      },
      {
        holds: true, expected: null, actual: 5.3,
        message: 'Section 4 2018年政务公开工作要点落实情况 is 5.3% similar to 2017\'s section 3 2017年政务公开工作要点落实情况',
        involved: [
          { kind: 'SECTION', code: null, label: '2018年政务公开工作要点落实情况', value: null, text: null, line: 4, year: null },
          { kind: 'SECTION', code: null, label: '2017年政务公开工作要点落实情况', value: null, text: null, line: 3, year: 2017 },
        ],
      },
    ]);
  });

  it('checks nothing without last year’s report', () => {
    expect(rule.check(input(facts({ sections: [{ heading: '概述', text: own }] })))).toEqual([]);
  });
});

// Through the real server: the seed (临淄区 2017), then a 2018 report made from its text with the
// figures doubled, the years moved on and the issuer written 淄博市临淄区人民政府, then a real
// 2019 text of another body (平潭综合实验区) imported as 临淄区's.
const LINZI: ReportDocument['issuer']['government']['regionPath'] = [
  { code: '370000', name: '山东省', level: 'PROVINCE' },
  { code: '370300', name: '淄博市', level: 'CITY' },
  { code: '370305', name: '临淄区', level: 'COUNTY' },
];

function linziDocument(text: string, file: string): ReportDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return buildReportDocument(text, { kind: 'file', location: fromProjectRoot(file), sha256 } as never, { governmentName: '临淄区人民政府', regionPath: LINZI });
}

const copiedNextYear = (seed: string) => seed
  .replaceAll('2017', '2018')
  .replaceAll('2016', '2017')
  .replace(/\d+(?=\s*(条|件|个|次|份|期|人|万元|元))/g, (n) => String(Number(n) * 2))
  .replaceAll('临淄区人民政府', '淄博市临淄区人民政府');

const TEXT_REUSE = `query($year: Int) {
  reports(filter: { regionCode: "370305", year: $year }) { edges { node { year textReuse {
    thresholdPercent minimumCharacters previousReport { year }
    sections { ordinal heading previousOrdinal previousHeading similarity reused notCompared }
  } } } }
}`;

const section = (ordinal: number, heading: string, similarity: number | null, rest: Partial<Record<string, unknown>> = {}) => ({
  ordinal, heading, previousOrdinal: ordinal, previousHeading: heading, similarity, reused: similarity !== null && similarity >= 80, notCompared: null, ...rest,
});

describe('text reuse through the server', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Every answer executed, so that statement counts are counted.
    app = await startTestApp({ RESPONSE_CACHE: 'false' });
  });
  afterAll(() => app?.stop());

  it('answers null for a report whose body has no report of the year before', async () => {
    expect((await app.graphql(TEXT_REUSE, { year: 2017 })).body).toEqual({ data: { reports: { edges: [{ node: { year: 2017, textReuse: null } }] } } });
  });

  it('lists every copied section of a next-year copy with new figures, dates and issuer wording, as figures and as findings', async () => {
    const seed = await readFile(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8');
    await importReport(app.database.orm.em.fork(), linziDocument(copiedNextYear(seed), 'linzi-2018-copy.txt'));

    expect((await app.graphql(TEXT_REUSE, { year: 2018 })).body).toEqual({ data: { reports: { edges: [{ node: { year: 2018, textReuse: {
      thresholdPercent: 80, minimumCharacters: 50, previousReport: { year: 2017 },
      sections: [
        section(1, '概述', 100),
        section(2, '政府信息公开组织领导和制度建设情况', 100),
        section(3, '发布解读、回应社会关切以及互动交流情况', 100),
        // The only section naming the issuer: 淄博市 is left over from 淄博市临淄区人民政府.
        section(4, '重点领域政府信息公开工作推进情况和公开情况', 99.5),
        section(5, '2018年政务公开工作要点落实情况', 100, { previousHeading: '2017年政务公开工作要点落实情况' }),
        section(6, '主动公开政府信息情况', 100),
        section(7, '政府信息公开申请办理情况', 100),
        // 无政府信息公开收费及减免情况: one character once the standard heading is removed.
        section(8, '政府信息公开收费及减免情况', null, { notCompared: 'TOO_SHORT' }),
        section(9, '因政府信息公开申请提起行政复议、行政诉讼的情况', 100),
        section(10, '政府信息公开保密审查及监督检查情况', 100),
        section(11, '所属事业单位信息公开工作推进措施和落实情况', 100),
        section(12, '全省基层政务公开标准化规范化试点工作情况', 100),
        section(13, '政府信息公开工作存在的主要问题及改进情况', 100),
      ],
    } } }] } } });

    const { findings } = await app.data(`{ findings(first: 50, filter: { regionCode: "370305", year: 2018, ruleId: "repeats.section-text-reused" }) {
      totalCount edges { node { status severity actual involved { kind label line year } } } } }`);
    expect(findings.totalCount).toBe(12);
    expect(findings.edges.map((e: any) => [e.node.status, e.node.severity, e.node.actual, e.node.involved.map((r: any) => `${r.kind} ${r.label} ${r.year ?? 'this year'}`)])).toEqual(
      [[1, '概述'], [2, '政府信息公开组织领导和制度建设情况'], [3, '发布解读、回应社会关切以及互动交流情况'], [4, '重点领域政府信息公开工作推进情况和公开情况'], [5, '政务公开工作要点落实情况'],
        [6, '主动公开政府信息情况'], [7, '政府信息公开申请办理情况'], [9, '因政府信息公开申请提起行政复议、行政诉讼的情况'], [10, '政府信息公开保密审查及监督检查情况'],
        [11, '所属事业单位信息公开工作推进措施和落实情况'], [12, '全省基层政务公开标准化规范化试点工作情况'], [13, '政府信息公开工作存在的主要问题及改进情况']]
        .map(([ordinal, heading]) => ['BROKEN', 'WARNING', ordinal === 4 ? 99.5 : 100,
          ordinal === 5 ? ['SECTION 2018年政务公开工作要点落实情况 this year', 'SECTION 2017年政务公开工作要点落实情况 2017'] : [`SECTION ${heading} this year`, `SECTION ${heading} 2017`]]),
    );
  });

  it('holds for a genuinely different real text of the following year', async () => {
    const other = await readFile(fromProjectRoot('test/fixtures/corpus/06-fj-pingtan-zone-2019.txt'), 'utf8');
    await importReport(app.database.orm.em.fork(), linziDocument(other, 'test/fixtures/corpus/06-fj-pingtan-zone-2019.txt'));

    expect((await app.graphql(TEXT_REUSE, { year: 2019 })).body).toEqual({ data: { reports: { edges: [{ node: { year: 2019, textReuse: {
      thresholdPercent: 80, minimumCharacters: 50, previousReport: { year: 2018 },
      sections: [
        // Standard headings at one position are paired though reworded (概述 became 总体情况 in 2019).
        section(1, '总体情况', 5.8, { previousHeading: '概述' }),
        section(2, '主动公开政府信息情况', null, { previousOrdinal: 6, notCompared: 'STATISTICS_TABLE' }),
        section(3, '收到和处理政府信息公开申请情况', null, { previousOrdinal: null, previousHeading: null, notCompared: 'STATISTICS_TABLE' }),
        section(4, '政府信息公开行政复议、行政诉讼情况', null, { previousOrdinal: null, previousHeading: null, notCompared: 'STATISTICS_TABLE' }),
        section(5, '存在的主要问题及改进情况', null, { previousOrdinal: null, previousHeading: null, notCompared: 'NO_MATCHING_SECTION' }),
        section(6, '其他需要报告的事项', null, { previousOrdinal: null, previousHeading: null, notCompared: 'NO_MATCHING_SECTION' }),
      ],
    } } }] } } });

    expect(await app.data(`{ findings(filter: { regionCode: "370305", year: 2019, ruleId: "repeats.section-text-reused" }) { edges { node { status actual message } } } }`)).toEqual({
      findings: { edges: [{ node: { status: 'HOLDS', actual: 5.8, message: 'Section 1 总体情况 is 5.8% similar to 2018\'s section 1 概述' } }] },
    });
  });

  it('costs the same SQL statements for one report as for three, and the analyst example answers in full', async () => {
    const one = await app.graphql(TEXT_REUSE, { year: 2019 });
    const all = await app.graphql(TEXT_REUSE);
    expect(all.body.errors).toBeUndefined();
    expect((all.body.data as any).reports.edges.map((e: any) => e.node.textReuse?.previousReport.year ?? null)).toEqual([2018, 2017, null]);
    expect(all.sqlStatements).toBe(one.sqlStatements);

    const example = await app.graphql(await readFile(fromProjectRoot('examples/analyst/text-reuse.graphql'), 'utf8'));
    expect(example.body.errors).toBeUndefined();
    const { reports, copiedSections } = example.body.data as any;
    expect(reports.edges.map((e: any) => [e.node.year, e.node.textReuse?.sections.filter((s: any) => s.reused).length ?? null])).toEqual([[2019, 0], [2018, 12], [2017, null]]);
    expect(copiedSections.totalCount).toBe(12);
  });
});
