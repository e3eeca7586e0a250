import type { LedgerCounts } from './ledger-summary.loader.js';

/** One table figure and the ledger's count of it. */
export interface LedgerFigureCount {
  code: string;
  label: string;
  ledger: number;
}

/** One figure of the 2008-era national table, and how the ledger counts it. */
export interface MappedFigure {
  code: string;
  label: string;
  count: (c: LedgerCounts) => number;
}

const replies = (c: LedgerCounts, outcome: string, reason?: string | null) =>
  c.by_reason.filter(([o, r]) => o === outcome && (reason === undefined || r === reason)).reduce((sum, [, , n]) => sum + n, 0);

/*
 * Sections 三, 四 and 五 of the national table (codes of seeds/linzi-2017.json). 办结 counts
 * replies: the 2008 table closes a case by answering it.
 */
export const LEDGER_FIGURES_2008: MappedFigure[] = [
  { code: 'requests.received', label: '收到申请数', count: (c) => c.received },
  { code: 'requests.received.in_person', label: '当面申请数', count: (c) => c.in_person },
  { code: 'requests.received.fax', label: '传真申请数', count: (c) => c.fax },
  { code: 'requests.received.online', label: '网络申请数', count: (c) => c.online },
  { code: 'requests.received.letter', label: '信函申请数', count: (c) => c.letter },
  { code: 'requests.received.other', label: '其他形式', count: (c) => c.other_channel },
  { code: 'requests.closed', label: '申请办结数', count: (c) => c.replied },
  { code: 'requests.closed.on_time', label: '按时办结数', count: (c) => c.replied_on_time },
  { code: 'requests.closed.extended', label: '延期办结数', count: (c) => c.replied_extended },
  { code: 'requests.replies', label: '申请答复数', count: (c) => c.replied },
  { code: 'requests.replies.already_public', label: '属于已主动公开范围数', count: (c) => replies(c, 'DISCLOSED', 'ALREADY_PUBLISHED') },
  { code: 'requests.replies.granted', label: '同意公开答复数', count: (c) => replies(c, 'DISCLOSED', null) },
  { code: 'requests.replies.partially_granted', label: '同意部分公开答复数', count: (c) => replies(c, 'PARTLY_DISCLOSED') },
  { code: 'requests.replies.refused', label: '不同意公开答复数', count: (c) => replies(c, 'WITHHELD') },
  { code: 'requests.replies.refused.state_secret', label: '涉及国家秘密', count: (c) => replies(c, 'WITHHELD', 'STATE_SECRET') },
  { code: 'requests.replies.refused.commercial_secret', label: '涉及商业秘密', count: (c) => replies(c, 'WITHHELD', 'TRADE_SECRET') },
  { code: 'requests.replies.refused.personal_privacy', label: '涉及个人隐私', count: (c) => replies(c, 'WITHHELD', 'PERSONAL_PRIVACY') },
  { code: 'requests.replies.refused.security_stability', label: '危及国家安全、公共安全、经济安全和社会稳定', count: (c) => replies(c, 'WITHHELD', 'ENDANGERS_SECURITY') },
  { code: 'requests.replies.refused.not_government_information', label: '不是《条例》所指政府信息', count: (c) => replies(c, 'WITHHELD', 'NOT_GOVERNMENT_INFORMATION') },
  { code: 'requests.replies.refused.other_statutory', label: '法律法规规定的其他情形', count: (c) => replies(c, 'WITHHELD', 'OTHER_STATUTORY') },
  { code: 'requests.replies.not_this_organ', label: '不属于本行政机关公开数', count: (c) => replies(c, 'UNAVAILABLE', 'NOT_THIS_ORGAN') },
  { code: 'requests.replies.not_exist', label: '申请信息不存在数', count: (c) => replies(c, 'UNAVAILABLE', 'DOES_NOT_EXIST') },
  { code: 'requests.replies.correction_requested', label: '告知作出更改补充数', count: (c) => replies(c, 'OTHER', 'ASKED_TO_AMEND') },
  { code: 'requests.replies.other_channel', label: '告知通过其他途径办理数', count: (c) => replies(c, 'OTHER', 'OTHER_CHANNEL') },
  { code: 'reconsiderations', label: '行政复议数量', count: (c) => c.reconsiderations },
  { code: 'reconsiderations.upheld', label: '维持具体行政行为数', count: (c) => c.reconsiderations_upheld },
  { code: 'reconsiderations.corrected', label: '被依法纠错数', count: (c) => c.reconsiderations_corrected },
  { code: 'reconsiderations.other', label: '其他情形数', count: (c) => c.reconsiderations_other },
  { code: 'litigation', label: '行政诉讼数量', count: (c) => c.lawsuits },
  { code: 'litigation.upheld', label: '维持具体行政行为或者驳回原告诉讼请求数', count: (c) => c.lawsuits_upheld },
  { code: 'litigation.corrected', label: '被依法纠错数', count: (c) => c.lawsuits_corrected },
  { code: 'litigation.other', label: '其他情形数', count: (c) => c.lawsuits_other },
];

export const ledgerFigures2008 = (counts: LedgerCounts): LedgerFigureCount[] =>
  LEDGER_FIGURES_2008.map(({ code, label, count }) => ({ code, label, ledger: count(counts) }));
