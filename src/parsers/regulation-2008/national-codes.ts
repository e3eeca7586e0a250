import { normaliseLabel } from './text-cells.js';

/**
 * The code scheme of the national 《政府信息公开情况统计表》 (国办发〔2014〕32号, report years 2014–2018):
 * the 82 rows of seeds/linzi-2017.json, section by section. Rows are found by their printed label
 * after `normaliseLabel` (no ordinal, no 其中：, no bracketed note), looked up inside the section
 * they appear in, because several labels repeat across sections (（三）其他情形数 in 四, 五 and 六;
 * （一）区县政府及其部门 in 十 and 十一). The first label of a row is the seed's printing; the others
 * are wordings seen in other tables of the same family (莆田 2009, 定西, formats.md §3.4).
 *
 * A row's parent is its code minus the last segment, so codes alone carry the hierarchy.
 *
 * Rows a report adds that are not listed here are kept, never dropped: they get the code
 * `<parent code>.unlisted_<a|b|…>` (or `unlisted_<a|b|…>` for a whole added section), lettered in
 * printed order among the unlisted children of the same parent, where the parent is the nearest
 * earlier row of a higher layout level (一、 > （一） > 1. > 其中/unmarked). Such codes are stable
 * within one report only; the printed label says what the row is. Letters, not digits, because
 * codes are dotted snake_case ([a-z_]).
 */

export interface NationalRowSpec {
  code: string;
  /** Printed wordings; the first is the seed's. */
  labels: readonly string[];
  /** The unit the seed prints; null for a heading row that holds no figure. */
  unit: string | null;
}

export interface NationalSectionSpec extends NationalRowSpec {
  ordinal: string;
  rows: readonly NationalRowSpec[];
}

const row = (code: string, unit: string | null, ...labels: string[]): NationalRowSpec => ({ code, unit, labels });
const section = (ordinal: string, head: NationalRowSpec, rows: NationalRowSpec[]): NationalSectionSpec => ({ ...head, ordinal, rows });

const outcomeRows = (prefix: string, upheld: string[], corrected: string[]) => [
  row(`${prefix}.upheld`, '件', ...upheld),
  row(`${prefix}.corrected`, '件', ...corrected),
  row(`${prefix}.other`, '件', '其他情形数', '其他情形'),
];

export const NATIONAL_SECTIONS: readonly NationalSectionSpec[] = [
  section('一', row('proactive', null, '主动公开情况'), [
    row('proactive.items', '条', '主动公开政府信息数'),
    row('proactive.items.normative_documents', '条', '主动公开规范性文件数'),
    row('proactive.items.normative_documents_issued', '件', '制发规范性文件总数', '制发规范性文件数'),
    row('proactive.by_channel', null, '通过不同渠道和方式公开政府信息的情况'),
    row('proactive.by_channel.gazette', '条', '政府公报公开政府信息数'),
    row('proactive.by_channel.website', '条', '政府网站公开政府信息数'),
    row('proactive.by_channel.weibo', '条', '政务微博公开政府信息数'),
    row('proactive.by_channel.wechat', '条', '政务微信公开政府信息数'),
    row('proactive.by_channel.other', '条', '其他方式公开政府信息数'),
  ]),
  section('二', row('responses', null, '回应解读情况'), [
    row('responses.total', '次', '回应公众关注热点或重大舆情数'),
    row('responses.by_channel', null, '通过不同渠道和方式回应解读的情况'),
    row('responses.by_channel.press_conferences', '次', '参加或举办新闻发布会总次数', '参加或举办新闻发布会次数'),
    row('responses.by_channel.press_conferences.principal', '次', '主要负责同志参加新闻发布会次数'),
    row('responses.by_channel.online_interviews', '次', '政府网站在线访谈次数'),
    row('responses.by_channel.online_interviews.principal', '次', '主要负责同志参加政府网站在线访谈次数'),
    row('responses.by_channel.interpretations', '篇', '政策解读稿件发布数'),
    row('responses.by_channel.weibo_wechat', '次', '微博微信回应事件数'),
    row('responses.by_channel.other', '次', '其他方式回应事件数'),
  ]),
  section('三', row('requests', null, '依申请公开情况'), [
    row('requests.received', '件', '收到申请数'),
    row('requests.received.in_person', '件', '当面申请数'),
    row('requests.received.fax', '件', '传真申请数'),
    row('requests.received.online', '件', '网络申请数', '网上申请数'),
    row('requests.received.letter', '件', '信函申请数'),
    row('requests.received.other', '件', '其他形式', '其他形式申请数'),
    row('requests.closed', '件', '申请办结数'),
    row('requests.closed.on_time', '件', '按时办结数'),
    row('requests.closed.extended', '件', '延期办结数'),
    row('requests.replies', '件', '申请答复数'),
    row('requests.replies.already_public', '件', '属于已主动公开范围数'),
    row('requests.replies.granted', '件', '同意公开答复数'),
    row('requests.replies.partially_granted', '件', '同意部分公开答复数'),
    row('requests.replies.refused', '件', '不同意公开答复数'),
    row('requests.replies.refused.state_secret', '件', '涉及国家秘密'),
    row('requests.replies.refused.commercial_secret', '件', '涉及商业秘密'),
    row('requests.replies.refused.personal_privacy', '件', '涉及个人隐私'),
    row('requests.replies.refused.security_stability', '件', '危及国家安全、公共安全、经济安全和社会稳定'),
    row('requests.replies.refused.not_government_information', '件', '不是《条例》所指政府信息'),
    row('requests.replies.refused.other_statutory', '件', '法律法规规定的其他情形'),
    row('requests.replies.not_this_organ', '件', '不属于本行政机关公开数'),
    row('requests.replies.not_exist', '件', '申请信息不存在数'),
    row('requests.replies.correction_requested', '件', '告知作出更改补充数'),
    row('requests.replies.other_channel', '件', '告知通过其他途径办理数'),
  ]),
  section('四', row('reconsiderations', '件', '行政复议数量'),
    outcomeRows('reconsiderations', ['维持具体行政行为数'], ['被依法纠错数', '被纠错数'])),
  section('五', row('litigation', '件', '行政诉讼数量'),
    outcomeRows('litigation', ['维持具体行政行为或者驳回原告诉讼请求数', '维持具体行政行为数'], ['被依法纠错数', '被纠错数'])),
  section('六', row('complaints', '件', '被举报投诉数量'),
    outcomeRows('complaints', ['维持具体行政行为数'], ['被纠错数', '被依法纠错数'])),
  section('七', row('archive_submissions', '条', '向图书馆、档案馆等查阅场所报送信息数'), [
    row('archive_submissions.paper', '条', '纸质文件数'),
    row('archive_submissions.electronic', '条', '电子文件数'),
  ]),
  section('八', row('disclosure_websites', '个', '开通政府信息公开网站（或设立门户网站信息公开专栏）数'), [
    row('disclosure_websites.county', '个', '区县政府及其部门门户网站'),
    row('disclosure_websites.township', '个', '乡镇政府（街道办事处）门户网站'),
  ]),
  section('九', row('gazette', null, '政府公报发行量'), [
    row('gazette.issues', '期', '公报发行期数'),
    row('gazette.copies', '份', '公报发行总份数'),
  ]),
  section('十', row('reading_points', '个', '设置政府信息查阅点数', '设置政府信息公开查阅点数'), [
    row('reading_points.county', '个', '区县政府及其部门'),
    row('reading_points.township', '个', '乡镇政府（街道办事处）'),
  ]),
  section('十一', row('reading_point_visitors', '人次', '查阅点接待人数'), [
    row('reading_point_visitors.county', '人次', '区县政府及其部门'),
    row('reading_point_visitors.township', '人次', '乡镇政府（街道办事处）'),
  ]),
  section('十二', row('staffing', null, '机构建设和保障经费情况'), [
    row('staffing.offices', '个', '政府信息公开工作专门机构数'),
    row('staffing.staff', '人', '从事政府信息公开工作人员数'),
    row('staffing.staff.full_time', '人', '专职人员数'),
    row('staffing.staff.part_time', '人', '兼职人员数'),
    row('staffing.budget', '万元', '政府信息公开专项经费'),
  ]),
  section('十三', row('meetings', null, '政府信息公开会议和培训情况'), [
    row('meetings.conferences', '次', '召开政府信息公开工作会议或专题会议数'),
    row('meetings.training_sessions', '次', '举办各类培训班数'),
    row('meetings.trainees', '人次', '接受培训人员数'),
  ]),
];

const sectionByKey = new Map<string, NationalSectionSpec>();
const rowsBySection = new Map<string, Map<string, NationalRowSpec>>();
const allKeys = new Set<string>();
for (const s of NATIONAL_SECTIONS) {
  for (const label of s.labels) sectionByKey.set(normaliseLabel(label), s);
  const rows = new Map<string, NationalRowSpec>();
  for (const r of s.rows) for (const label of r.labels) rows.set(normaliseLabel(label), r);
  rowsBySection.set(s.code, rows);
  for (const key of [...s.labels.map(normaliseLabel), ...rows.keys()]) allKeys.add(key);
}

/** The section a printed heading opens, whatever its ordinal. */
export const nationalSectionFor = (label: string): NationalSectionSpec | undefined => sectionByKey.get(normaliseLabel(label));

/** The listed row a printed label names inside a section. */
export const nationalRowFor = (sectionCode: string, label: string): NationalRowSpec | undefined =>
  rowsBySection.get(sectionCode)?.get(normaliseLabel(label));

/** Whether a printed label names any listed section or row (used to tell a wrapped label from a new row). */
export const isNationalLabel = (label: string): boolean => allKeys.has(normaliseLabel(label));

/** Codes that have listed children: a table ending on one of these was cut off. */
export const NATIONAL_GROUP_CODES: ReadonlySet<string> = new Set(
  NATIONAL_SECTIONS.flatMap((s) => [s, ...s.rows]).map((r) => r.code).filter((code, _, all) => all.some((c) => c.startsWith(code + '.'))),
);
