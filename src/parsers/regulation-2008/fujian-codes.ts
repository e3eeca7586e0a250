/**
 * The code scheme of the Fujian simplified table (指标名称 | 计量单位 | <year>年度 | 历年累计), used by
 * 福建 bodies (莆田 2009, 平潭 2013–2018; formats.md §3.2). Each printed row gives two cells:
 * `<row code>.this_year` (the <year>年度 column) and `<row code>.cumulative` (历年累计). The parent of a
 * child row's cell is the same column's cell of its parent row.
 *
 * Row codes, with every wording seen for the row (all map to the one code):
 *
 * | code                                  | wordings                                                        |
 * | ------------------------------------- | --------------------------------------------------------------- |
 * | proactive.items                       | 主动公开文件数 (2016–18) · 主动公开信息数 (2009, 2013)           |
 * | proactive.items.website               | 1.政府网站公开数 · 1.网站公开 (2013) · 1.政府网站 (2009)          |
 * | proactive.items.gazette               | 2.政府公报公开数 · 2.政府公报公开 (2013) · 2.政府公报 (2009)      |
 * | requests.received                     | 受理依申请公开信息总数 · 受理政府信息依申请公开总数 (2017)         |
 * | requests.received.in_person           | 当面申请数                                                      |
 * | requests.received.fax                 | 传真申请数 (2009, 2013 six-channel version)                      |
 * | requests.received.email               | 电子邮件申请数 (six-channel version)                             |
 * | requests.received.online              | 网上申请数 · 网络申请数                                           |
 * | requests.received.letter              | 信函申请数 (six-channel version)                                 |
 * | requests.received.letter_fax          | 信函、传真申请数 (2016–18: one channel for both)                  |
 * | requests.received.other               | 其它形式申请数 · 其他形式 (six-channel version)                   |
 * | requests.replies                      | 对申请的答复总数 · 本年度对申请的答复总数 (2009)                  |
 * | requests.replies.granted              | 同意公开答复数                                                  |
 * | requests.replies.partially_granted    | 同意部分公开答复数                                               |
 * | requests.replies.refused              | 不予公开答复数 · 否决公开答复数 · 否决公开答复总数 (2009, 2013)    |
 * | requests.replies.other                | 其他类型答复数                                                  |
 * | fees_waived                           | 政府信息公开收费减免金额 (元; some bodies and years only)         |
 * | complaints                            | 接受行政申诉、举报数 · 接受行政诉讼、举报数 (2017 wording) · 行政申诉数 (2009, 2013) |
 * | reconsiderations                      | 行政复议数                                                      |
 * | litigation                            | 行政诉讼数                                                      |
 *
 * `identity` says what the row's children must add up to: `sum` — the parent equals the sum of
 * its children in each column (受理总数 = Σ channels, 答复总数 = Σ reply types); `of_which` — each
 * child is at most the parent (主动公开 ≥ 网站, ≥ 公报; the 其中 rows are not exhaustive, 01 has
 * 1853 vs 1713). `keywords` find the row's figures in the report's prose (see fujian-split.ts).
 */

export type FujianColumn = 'this_year' | 'cumulative';

export interface FujianRowSpec {
  code: string;
  parent: string | null;
  labels: readonly string[];
  identity: 'sum' | 'of_which' | null;
  keywords: readonly string[];
}

const spec = (code: string, parent: string | null, identity: FujianRowSpec['identity'], keywords: string[], ...labels: string[]): FujianRowSpec => ({
  code,
  parent,
  identity,
  keywords,
  labels,
});

export const FUJIAN_ROWS: readonly FujianRowSpec[] = [
  spec('proactive.items', null, 'of_which', ['主动公开'], '主动公开文件数', '主动公开信息数', '主动公开政府信息数', '主动公开信息总数'),
  spec('proactive.items.website', 'proactive.items', null, ['网站公开', '政府网站'], '政府网站公开数', '网站公开数', '政府网站公开', '网站公开', '政府网站'),
  spec('proactive.items.gazette', 'proactive.items', null, ['公报'], '政府公报公开数', '公报公开数', '政府公报公开', '政府公报'),
  spec('requests.received', null, 'sum', ['受理', '收到'], '受理依申请公开信息总数', '受理政府信息依申请公开总数', '受理依申请公开总数', '受理依申请公开信息数'),
  spec('requests.received.in_person', 'requests.received', null, ['当面'], '当面申请数', '当面申请'),
  spec('requests.received.fax', 'requests.received', null, ['传真'], '传真申请数', '传真申请'),
  spec('requests.received.email', 'requests.received', null, ['电子邮件'], '电子邮件申请数', '电子邮件申请'),
  spec('requests.received.online', 'requests.received', null, ['网上', '网络'], '网上申请数', '网络申请数', '网上申请', '网络申请'),
  spec('requests.received.letter', 'requests.received', null, ['信函'], '信函申请数', '信函申请'),
  spec('requests.received.letter_fax', 'requests.received', null, ['信函'], '信函、传真申请数', '信函传真申请数', '信函、传真申请'),
  spec('requests.received.other', 'requests.received', null, ['其他形式', '其它形式'], '其他形式申请数', '其他形式'),
  spec('requests.replies', null, 'sum', ['答复'], '对申请的答复总数', '本年度对申请的答复总数', '申请的答复总数', '答复总数'),
  spec('requests.replies.granted', 'requests.replies', null, ['同意公开'], '同意公开答复数', '同意公开'),
  spec('requests.replies.partially_granted', 'requests.replies', null, ['部分公开'], '同意部分公开答复数', '同意部分公开', '部分公开答复数'),
  spec('requests.replies.refused', 'requests.replies', null, ['不予公开', '否决公开'], '不予公开答复数', '否决公开答复数', '否决公开答复总数', '否决公开', '不予公开'),
  spec('requests.replies.other', 'requests.replies', null, ['其他类型'], '其他类型答复数'),
  spec('fees_waived', null, null, ['减免'], '政府信息公开收费减免金额', '收费减免金额'),
  spec('complaints', null, null, ['申诉', '举报'], '接受行政申诉、举报数', '接受行政诉讼、举报数', '行政申诉数', '接受行政申诉数'),
  spec('reconsiderations', null, null, ['行政复议'], '行政复议数'),
  spec('litigation', null, null, ['行政诉讼'], '行政诉讼数'),
];

/** Rows every Fujian table has; a table without one of them was cut off. */
export const FUJIAN_REQUIRED_ROWS: readonly string[] = ['proactive.items', 'requests.received', 'requests.replies', 'reconsiderations', 'litigation'];

export const fujianCellCode = (rowCode: string, column: FujianColumn) => `${rowCode}.${column}`;

/** Every wording, longest first, so that 同意公开答复数 wins over 同意公开 at the same place. */
export const FUJIAN_LABELS: readonly { label: string; spec: FujianRowSpec }[] = FUJIAN_ROWS.flatMap((s) => s.labels.map((label) => ({ label, spec: s }))).sort(
  (a, b) => b.label.length - a.label.length,
);
