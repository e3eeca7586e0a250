import type { ReportSection } from '../../ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { countOf, numberedLines, sectionByHeading, sectionLines, splitList } from './text-lines.js';

export type Pilot = NonNullable<ReportDocument['pilot']>;

/**
 * Which department name leads which pilot area. Reports list areas and lead departments in
 * different orders, so they are paired by meaning: an area's keywords against the department's name.
 */
const AREA_KEYWORDS: [RegExp, RegExp][] = [
  [/财政预决算/, /财政/],
  [/公共法律服务/, /司法/],
  [/公共文化服务/, /文化/],
  [/重大项目建设|重大建设项目/, /重点项目|重大项目|发展和改革|发改/],
  [/公共资源(?:管理|交易|配置)/, /招投标|招标|公共资源/],
  [/义务教育/, /教育/],
  [/卫生|医疗/, /卫生|卫计/],
  [/社会救助|养老|就业/, /民政|人社|人力资源/],
  [/环境|生态/, /环保|环境/],
  [/食品药品/, /食药|食品药品|市场监管/],
  [/城乡规划|规划/, /规划/],
  [/征地|国有土地|不动产/, /国土|自然资源/],
  [/安全生产/, /安监|应急/],
];

/**
 * The 基层政务公开标准化规范化试点 the report takes part in, from the section whose heading names a
 * 试点. A count of sites (全省共30个) may be stated elsewhere, so the whole text is searched for it.
 */
export function extractPilot(text: string, sections: ReportSection[]): Pilot | null {
  const section = sectionByHeading(sections, /试点/);
  if (!section) return null;
  const lines = sectionLines(text, section);
  const body = lines.map((l) => l.text).join('\n');
  const designated = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[，,]?[^。]{0,20}?被(?:列为|确定为)/.exec(body);
  if (!designated) return null;
  const line = lines.find((l) => l.text.includes(designated[0]))!.line;
  const designatedOn = [designated[1], designated[2].padStart(2, '0'), ...(designated[3] ? [designated[3].padStart(2, '0')] : [])].join('-');

  const areaNames = splitList(/([^，。]+?)(?:\d+|[一二三四五六七八九十])个领域被(?:确定|列)为试点领域/.exec(body)?.[1] ?? '');
  const leads = leadsIn(body);
  const document = /制发了?《([^《》]+)》[（(]([^（()）]+号)[）)]/.exec(body);
  const statement = /目前，[^。]*正(?:在)?(?:开展|进行|推进)[^。]*。/.exec(body);
  const phases = splitList(/划分为([^。]+?)(?:\d+|[一二三四五六七八九十])个阶段/.exec(body)?.[1] ?? '');
  const columns = /设立了?([^。]+?)共计?(\d+)个栏目/.exec(body);
  const sites = /全(?:省|国)共(\d+)个/.exec(text);

  return {
    programme: section.heading.replace(/^全(?:省|国)/, '').replace(/工作(?:开展)?情况$|情况$/, ''),
    programmeLevel: /全省|省级/.test(section.heading + body) ? 'PROVINCIAL' : 'NATIONAL',
    designatedOn,
    areas: areaNames.map((name) => ({ name, leadDepartment: leadFor(name, leads) })),
    phases,
    sitesInProgramme: sites ? Number(sites[1]) : null,
    implementationDocument: document ? { title: document[1], number: document[2] } : null,
    progressDayOfMonth: Number(/每月(\d{1,2})日/.exec(body)?.[1] ?? '') || null,
    topicColumns: columns ? countOf(columns[2]) : null,
    // “5个试点领域” among the column names stands for one column per area.
    topicColumnNames: columns ? splitList(columns[1]).flatMap((n) => (/个试点领域$/.test(n) ? areaNames : [n])) : [],
    // Without named phases there is nothing to place the statement in.
    asReported: statement && phases.length > 0 ? { phase: phaseOf(statement[0], phases), statement: statement[0].replace(/^\n+/, ''), line: lineOf(text, statement[0], line) } : null,
    line,
  };
}

/**
 * The lead departments as the report lists them (确定由甲、乙以及丙分别牵头), in its order, which is
 * the order a department list built from the text takes them in.
 */
export function pilotLeadDepartments(sections: ReportSection[]): string[] {
  return leadsIn(sectionByHeading(sections, /试点/)?.text ?? '');
}

function leadsIn(body: string): string[] {
  return splitList(/(?:确定)?由([^。]+?)分别牵头/.exec(body)?.[1] ?? '');
}

/**
 * The lead department whose name carries the area's keywords. An area the table does not know
 * falls back to the lead sharing most characters with it (区/局 and the like aside); '' without leads.
 */
function leadFor(area: string, leads: string[]): string {
  const rule = AREA_KEYWORDS.find(([areaPattern]) => areaPattern.test(area));
  const byKeyword = rule && leads.find((lead) => rule[1].test(lead));
  if (byKeyword) return byKeyword;
  const shared = (lead: string) => [...new Set(lead.replace(/^[区县市镇]|(?:局|委|办|中心)$/g, ''))].filter((c) => area.includes(c)).length;
  return leads.reduce((best, lead) => (shared(lead) > shared(best) ? lead : best), leads[0] ?? '');
}

/** The 1-based phase whose name shares most characters with what the report says is under way. */
function phaseOf(statement: string, phases: string[]): number {
  const doing = statement.slice(statement.search(/正(?:在)?(?:开展|进行|推进)/));
  let best = 0;
  let bestScore = -1;
  phases.forEach((phase, i) => {
    const score = [...phase].filter((c) => doing.includes(c)).length / phase.length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best + 1;
}

function lineOf(text: string, snippet: string, fallback: number): number {
  return numberedLines(text).find((l) => l.text.includes(snippet))?.line ?? fallback;
}
