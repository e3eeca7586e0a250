/**
 * Cell codes of the statistics tables in the 2019+ national template of the
 * 政府信息公开工作年度报告 (the 2019 version of 国办公开办函〔2019〕60号 and the 2021 version of
 * 国办公开办函〔2021〕30号; rows, columns and glosses in test/fixtures/corpus/formats.md §2).
 *
 * Scheme, dotted snake_case, stable within a version (a code never changes meaning between reports):
 *
 *   proactive.<row>.<column>        section 二 主动公开政府信息情况
 *     2019  rules, normative_documents             × made, published, total
 *           licensing, other_services, penalty,
 *           coercion                               × previous_items, change, decisions
 *           fees                                   × previous_items, change
 *           procurement                            × projects, amount
 *     2021  rules, normative_documents             × issued, repealed, in_force        (件)
 *           licensing, penalty, coercion           × decisions
 *           fees                                   × amount                             (万元)
 *   applications.<row>.<column>     section 三 收到和处理政府信息公开申请情况
 *     rows as formats.md §2.3 (withheld.*, unavailable.*, not_processed.* are the numbered
 *     sub-rows); the single 2019 row `other` becomes other.no_correction_overdue,
 *     other.fee_unpaid, other.other in 2021
 *     × natural_person, commercial, research, public_interest, legal_service, other_org, total
 *   appeals.<group>.<outcome>       section 四 行政复议、行政诉讼情况
 *     reconsideration, litigation_direct, litigation_after_reconsideration
 *     × upheld, corrected, other, pending, total
 *
 * `parent` names a printed cell the cell breaks down, and only where its children add up to it:
 * the six applicant cells of a section-三 row → that row's `total`; the four outcomes of a
 * section-四 group → the group's `total`. Nothing else has a printed subtotal (there is no
 * 法人或其他组织 subtotal, no 不予公开 subtotal, nothing in section 二). The column identities
 * of section 三 (formats.md §2.5, 1 and 2) are not parents: a cell has one parent, and following
 * the rows keeps every parent equal to the sum of its children.
 */

export type TemplateVersion = 'TEMPLATE_2019' | 'TEMPLATE_2021';

export interface ColumnDef {
  readonly key: string;
  /** The column header as the template prints it. */
  readonly label: string;
  /** The unit the header gives, if it gives one. */
  readonly unit: string | null;
}

export interface RowDef {
  readonly key: string;
  /** The row label as the template prints it. */
  readonly label: string;
  readonly columns: readonly ColumnDef[];
}

const column = (key: string, label: string, unit: string | null = null): ColumnDef => ({ key, label, unit });

// ── Section 二 ────────────────────────────────────────────────────────────────────────────────

const MADE_PUBLISHED_TOTAL = [
  column('made', '本年新制作数量'),
  column('published', '本年新公开数量'),
  column('total', '对外公开总数量'),
];
const ITEMS_CHANGE_DECISIONS = [
  column('previous_items', '上一年项目数量'),
  column('change', '本年增/减'),
  column('decisions', '处理决定数量'),
];
const ISSUED_REPEALED_IN_FORCE = [
  column('issued', '本年制发件数', '件'),
  column('repealed', '本年废止件数', '件'),
  column('in_force', '现行有效件数', '件'),
];
const DECISIONS_2021 = [column('decisions', '本年处理决定数量')];

const PROACTIVE_ROWS: Record<TemplateVersion, readonly RowDef[]> = {
  TEMPLATE_2019: [
    { key: 'rules', label: '规章', columns: MADE_PUBLISHED_TOTAL },
    { key: 'normative_documents', label: '规范性文件', columns: MADE_PUBLISHED_TOTAL },
    { key: 'licensing', label: '行政许可', columns: ITEMS_CHANGE_DECISIONS },
    { key: 'other_services', label: '其他对外管理服务事项', columns: ITEMS_CHANGE_DECISIONS },
    { key: 'penalty', label: '行政处罚', columns: ITEMS_CHANGE_DECISIONS },
    { key: 'coercion', label: '行政强制', columns: ITEMS_CHANGE_DECISIONS },
    { key: 'fees', label: '行政事业性收费', columns: ITEMS_CHANGE_DECISIONS.slice(0, 2) },
    // The amount is free text with its unit in the cell (`251000元`); the header gives none.
    { key: 'procurement', label: '政府集中采购', columns: [column('projects', '采购项目数量'), column('amount', '采购总金额')] },
  ],
  TEMPLATE_2021: [
    { key: 'rules', label: '规章', columns: ISSUED_REPEALED_IN_FORCE },
    { key: 'normative_documents', label: '行政规范性文件', columns: ISSUED_REPEALED_IN_FORCE },
    { key: 'licensing', label: '行政许可', columns: DECISIONS_2021 },
    { key: 'penalty', label: '行政处罚', columns: DECISIONS_2021 },
    { key: 'coercion', label: '行政强制', columns: DECISIONS_2021 },
    { key: 'fees', label: '行政事业性收费', columns: [column('amount', '本年收费金额（单位：万元）', '万元')] },
  ],
};

// ── Section 三 ────────────────────────────────────────────────────────────────────────────────

const APPLICANT_COLUMNS: readonly ColumnDef[] = [
  column('natural_person', '自然人'),
  column('commercial', '法人或其他组织 / 商业企业'),
  column('research', '法人或其他组织 / 科研机构'),
  column('public_interest', '法人或其他组织 / 社会公益组织'),
  column('legal_service', '法人或其他组织 / 法律服务机构'),
  column('other_org', '法人或其他组织 / 其他'),
  column('total', '总计'),
];

const applicationRow = (key: string, label: string): RowDef => ({ key, label, columns: APPLICANT_COLUMNS });

const RESULTS_BEFORE_OTHER: readonly RowDef[] = [
  applicationRow('granted', '（一）予以公开'),
  applicationRow('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  applicationRow('withheld.state_secret', '（三）不予公开 1.属于国家秘密'),
  applicationRow('withheld.prohibited_by_law', '（三）不予公开 2.其他法律行政法规禁止公开'),
  applicationRow('withheld.three_securities_one_stability', '（三）不予公开 3.危及“三安全一稳定”'),
  applicationRow('withheld.third_party_rights', '（三）不予公开 4.保护第三方合法权益'),
  applicationRow('withheld.internal_affairs', '（三）不予公开 5.属于三类内部事务信息'),
  applicationRow('withheld.process_information', '（三）不予公开 6.属于四类过程性信息'),
  applicationRow('withheld.enforcement_case_file', '（三）不予公开 7.属于行政执法案卷'),
  applicationRow('withheld.administrative_query', '（三）不予公开 8.属于行政查询事项'),
  applicationRow('unavailable.not_held', '（四）无法提供 1.本机关不掌握相关政府信息'),
  applicationRow('unavailable.needs_creation', '（四）无法提供 2.没有现成信息需要另行制作'),
  applicationRow('unavailable.unclear_after_correction', '（四）无法提供 3.补正后申请内容仍不明确'),
  applicationRow('not_processed.petition_complaint', '（五）不予处理 1.信访举报投诉类申请'),
  applicationRow('not_processed.duplicate', '（五）不予处理 2.重复申请'),
  applicationRow('not_processed.publication', '（五）不予处理 3.要求提供公开出版物'),
  applicationRow('not_processed.mass_repetitive', '（五）不予处理 4.无正当理由大量反复申请'),
  applicationRow('not_processed.confirm_or_reissue', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息'),
];

const OTHER_HANDLING: Record<TemplateVersion, readonly RowDef[]> = {
  TEMPLATE_2019: [applicationRow('other', '（六）其他处理')],
  TEMPLATE_2021: [
    applicationRow('other.no_correction_overdue', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    applicationRow('other.fee_unpaid', '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    applicationRow('other.other', '（六）其他处理 3.其他'),
  ],
};

const applicationRows = (version: TemplateVersion): readonly RowDef[] => [
  applicationRow('new_received', '一、本年新收政府信息公开申请数量'),
  applicationRow('carried_over', '二、上年结转政府信息公开申请数量'),
  ...RESULTS_BEFORE_OTHER,
  ...OTHER_HANDLING[version],
  applicationRow('total_processed', '（七）总计'),
  applicationRow('carried_forward', '四、结转下年度继续办理'),
];

// ── Section 四 ────────────────────────────────────────────────────────────────────────────────

const APPEAL_OUTCOMES: readonly ColumnDef[] = [
  column('upheld', '结果维持'),
  column('corrected', '结果纠正'),
  column('other', '其他结果'),
  column('pending', '尚未审结'),
  column('total', '总计'),
];

const APPEAL_GROUPS: readonly RowDef[] = [
  { key: 'reconsideration', label: '行政复议', columns: APPEAL_OUTCOMES },
  { key: 'litigation_direct', label: '行政诉讼 未经复议直接起诉', columns: APPEAL_OUTCOMES },
  { key: 'litigation_after_reconsideration', label: '行政诉讼 复议后起诉', columns: APPEAL_OUTCOMES },
];

// ── The whole table ───────────────────────────────────────────────────────────────────────────

export type SectionName = 'proactive' | 'applications' | 'appeals';

/** Rows of one section table in printed order. */
export function sectionRows(section: SectionName, version: TemplateVersion): readonly RowDef[] {
  if (section === 'proactive') return PROACTIVE_ROWS[version];
  if (section === 'applications') return applicationRows(version);
  return APPEAL_GROUPS;
}

export const cellCode = (section: SectionName, row: string, column: string): string => `${section}.${row}.${column}`;

/** The printed cell a cell breaks down (see the scheme above), or null. */
export function parentCode(section: SectionName, row: string, column: string): string | null {
  if (section === 'proactive' || column === 'total') return null;
  return cellCode(section, row, 'total');
}

/** `（一）予以公开 / 自然人`: the row label, then the column label. */
export const cellLabel = (row: RowDef, col: ColumnDef): string => `${row.label} / ${col.label}`;

/** Every code of a version's three tables, in printed order (198 for 2019, 200 for 2021). */
export function templateCellCodes(version: TemplateVersion): string[] {
  return (['proactive', 'applications', 'appeals'] as const).flatMap((section) =>
    sectionRows(section, version).flatMap((row) => row.columns.map((col) => cellCode(section, row.key, col.key))),
  );
}
