import { registerEnumType } from 'type-graphql';
import { Regulation } from './regulation.js';

/** How an application was answered, in the categories of the 2019+ template (答复结果). */
export enum ReplyOutcome {
  DISCLOSED = 'DISCLOSED',
  PARTLY_DISCLOSED = 'PARTLY_DISCLOSED',
  WITHHELD = 'WITHHELD',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_PROCESSED = 'NOT_PROCESSED',
  OTHER = 'OTHER',
}

registerEnumType(ReplyOutcome, {
  name: 'ReplyOutcome',
  description: 'How an application was answered (答复结果); the 2008 table’s categories map onto these through the reasons',
  valuesConfig: {
    DISCLOSED: { description: 'Disclosed (予以公开; 2008: 同意公开)' },
    PARTLY_DISCLOSED: { description: 'Partly disclosed (部分公开; 2008: 同意部分公开)' },
    WITHHELD: { description: 'Withheld, for a stated reason (不予公开; 2008: 不同意公开)' },
    UNAVAILABLE: { description: 'Cannot be provided, for a stated reason (无法提供)' },
    NOT_PROCESSED: { description: 'Not processed, for a stated reason (不予处理)' },
    OTHER: { description: 'Otherwise handled, for a stated reason (其他处理)' },
  },
});

/** One reason a reply may give, with the outcome and the regulations it belongs to. */
interface ReasonRule {
  outcome: ReplyOutcome;
  regulations: Regulation[];
  label: string;
}

const R2008 = [Regulation.REGULATION_2008];
const R2019 = [Regulation.REGULATION_2019];
const BOTH = [Regulation.REGULATION_2008, Regulation.REGULATION_2019];

/**
 * The reason lists of both regulations' annual-report tables: the 2008-era national table
 * (section 三) and the 2019/2021 templates (section 三 (三)–(六)).
 */
export const OUTCOME_REASONS = {
  ALREADY_PUBLISHED: { outcome: ReplyOutcome.DISCLOSED, regulations: R2008, label: '属于已主动公开范围' },
  STATE_SECRET: { outcome: ReplyOutcome.WITHHELD, regulations: BOTH, label: '属于国家秘密（2008：涉及国家秘密）' },
  TRADE_SECRET: { outcome: ReplyOutcome.WITHHELD, regulations: R2008, label: '涉及商业秘密' },
  PERSONAL_PRIVACY: { outcome: ReplyOutcome.WITHHELD, regulations: R2008, label: '涉及个人隐私' },
  ENDANGERS_SECURITY: { outcome: ReplyOutcome.WITHHELD, regulations: BOTH, label: '危及“三安全一稳定”（2008：危及国家安全、公共安全、经济安全和社会稳定）' },
  NOT_GOVERNMENT_INFORMATION: { outcome: ReplyOutcome.WITHHELD, regulations: R2008, label: '不是《条例》所指政府信息' },
  OTHER_STATUTORY: { outcome: ReplyOutcome.WITHHELD, regulations: R2008, label: '法律法规规定的其他情形' },
  PROHIBITED_BY_LAW: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '其他法律行政法规禁止公开' },
  THIRD_PARTY_RIGHTS: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '保护第三方合法权益' },
  INTERNAL_AFFAIRS: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '属于三类内部事务信息' },
  PROCESS_INFORMATION: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '属于四类过程性信息' },
  ENFORCEMENT_CASE_FILE: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '属于行政执法案卷' },
  ADMINISTRATIVE_QUERY: { outcome: ReplyOutcome.WITHHELD, regulations: R2019, label: '属于行政查询事项' },
  NOT_THIS_ORGAN: { outcome: ReplyOutcome.UNAVAILABLE, regulations: R2008, label: '不属于本行政机关公开' },
  DOES_NOT_EXIST: { outcome: ReplyOutcome.UNAVAILABLE, regulations: R2008, label: '申请信息不存在' },
  NOT_HELD: { outcome: ReplyOutcome.UNAVAILABLE, regulations: R2019, label: '本机关不掌握相关政府信息' },
  NEEDS_CREATION: { outcome: ReplyOutcome.UNAVAILABLE, regulations: R2019, label: '没有现成信息需要另行制作' },
  UNCLEAR_AFTER_CORRECTION: { outcome: ReplyOutcome.UNAVAILABLE, regulations: R2019, label: '补正后申请内容仍不明确' },
  PETITION_COMPLAINT: { outcome: ReplyOutcome.NOT_PROCESSED, regulations: R2019, label: '信访举报投诉类申请' },
  DUPLICATE: { outcome: ReplyOutcome.NOT_PROCESSED, regulations: R2019, label: '重复申请' },
  PUBLICATION: { outcome: ReplyOutcome.NOT_PROCESSED, regulations: R2019, label: '要求提供公开出版物' },
  MASS_REPETITIVE: { outcome: ReplyOutcome.NOT_PROCESSED, regulations: R2019, label: '无正当理由大量反复申请' },
  CONFIRM_OR_REISSUE: { outcome: ReplyOutcome.NOT_PROCESSED, regulations: R2019, label: '要求行政机关确认或重新出具已获取信息' },
  ASKED_TO_AMEND: { outcome: ReplyOutcome.OTHER, regulations: R2008, label: '告知作出更改补充' },
  OTHER_CHANNEL: { outcome: ReplyOutcome.OTHER, regulations: R2008, label: '告知通过其他途径办理' },
  NO_CORRECTION_IN_TIME: { outcome: ReplyOutcome.OTHER, regulations: R2019, label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  FEE_UNPAID: { outcome: ReplyOutcome.OTHER, regulations: R2019, label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  OTHER: { outcome: ReplyOutcome.OTHER, regulations: R2019, label: '其他' },
} satisfies Record<string, ReasonRule>;

export type OutcomeReason = keyof typeof OUTCOME_REASONS;
export const OutcomeReason = Object.fromEntries(Object.keys(OUTCOME_REASONS).map((k) => [k, k])) as { [K in OutcomeReason]: K };

registerEnumType(OutcomeReason, {
  name: 'OutcomeReason',
  description: 'The reason a reply gives, from the reason lists of the 2008 and 2019 regulations’ report tables (答复理由)',
  valuesConfig: Object.fromEntries(
    Object.entries(OUTCOME_REASONS).map(([key, rule]) => [key, { description: `${rule.outcome}, under ${rule.regulations.join(' and ')} (${rule.label})` }]),
  ),
});

/** Outcomes that must state a reason: the table counts them by reason. */
export const OUTCOMES_NEEDING_A_REASON = new Set([ReplyOutcome.WITHHELD, ReplyOutcome.UNAVAILABLE, ReplyOutcome.NOT_PROCESSED, ReplyOutcome.OTHER]);
