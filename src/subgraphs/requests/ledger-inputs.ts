import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { AppealKind, AppealOutcome } from './appeal.entity.js';
import { OutcomeReason, ReplyOutcome } from './case-outcome.js';
import { ApplicantType, CloseReason, RequestChannel } from './request-case.entity.js';

@InputType({ description: 'A new application for the ledger (登记申请)' })
export class RegisterRequestCaseInput {
  @Field(() => ID, { description: 'The government that received it (受理机关标识)' })
  governmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The department handling it, one of the government’s (承办部门标识)' })
  departmentId?: string | null;

  @Field(() => LocalDate, { description: 'Date received; not in the future (收到申请日期)' })
  receivedOn!: string;

  @Field(() => RequestChannel, { description: 'How it was received (申请方式)' })
  channel!: RequestChannel;

  @Field(() => ApplicantType, { description: 'Category of the applicant (申请人类型)' })
  applicantType!: ApplicantType;

  @Field(() => String, { nullable: true, description: 'Applicant’s name; personal data (申请人姓名)' })
  applicantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Applicant’s contact details; personal data (申请人联系方式)' })
  applicantContact?: string | null;

  @Field({ description: 'The information asked for (申请内容)' })
  subject!: string;
}

@InputType({ description: 'The reply to a case (答复)' })
export class RecordReplyInput {
  @Field(() => ID, { description: 'The case (台账记录标识)' })
  caseId!: string;

  @Field(() => LocalDate, { description: 'Date of the reply; not before receipt, not in the future (答复日期)' })
  repliedOn!: string;

  @Field(() => ReplyOutcome, { description: 'How it was answered (答复结果)' })
  outcome!: ReplyOutcome;

  @Field(() => OutcomeReason, { nullable: true, description: 'The reason, from the case’s regulation; required unless disclosed in whole or part (答复理由)' })
  outcomeReason?: OutcomeReason | null;

  @Field(() => Float, { nullable: true, description: 'Fee charged, in yuan (信息处理费, 元)' })
  fee?: number | null;
}

@InputType({ description: 'An extension of a case’s reply period (延期答复)' })
export class ExtendRequestCaseInput {
  @Field(() => ID, { description: 'The case (台账记录标识)' })
  caseId!: string;

  @Field(() => LocalDate, { description: 'Date the extension was decided; within the statutory period (延期决定日期)' })
  extendedOn!: string;

  @Field(() => Int, { description: 'Working days added: 1 to 15 under the 2008 regulation, 1 to 20 under the 2019 one (延期工作日数)' })
  days!: number;
}

@InputType({ description: 'The closing of a case (办结)' })
export class CloseRequestCaseInput {
  @Field(() => ID, { description: 'The case (台账记录标识)' })
  caseId!: string;

  @Field(() => LocalDate, { description: 'Date closed; not before the reply or receipt, not in the future (办结日期)' })
  closedOn!: string;

  @Field(() => CloseReason, { description: 'COMPLETED after a reply, WITHDRAWN before one (办结方式)' })
  reason!: CloseReason;
}

@InputType({ description: 'A reconsideration or lawsuit over a case (提起复议或诉讼)' })
export class FileAppealInput {
  @Field(() => ID, { description: 'The case (台账记录标识)' })
  caseId!: string;

  @Field(() => AppealKind, { description: 'Reconsideration or litigation (救济途径)' })
  kind!: AppealKind;

  @Field(() => LocalDate, { description: 'Date filed; not before receipt, not in the future (提起日期)' })
  filedOn!: string;

  @Field({ defaultValue: false, description: 'For a lawsuit: it follows a decided reconsideration of the same case (复议后起诉)' })
  afterReconsideration!: boolean;
}

@InputType({ description: 'The result of a reconsideration or lawsuit (复议或诉讼结果)' })
export class RecordAppealOutcomeInput {
  @Field(() => ID, { description: 'The appeal, from RequestCase.appeals (标识)' })
  appealId!: string;

  @Field(() => AppealOutcome, { description: 'UPHELD, CORRECTED or OTHER (结果)' })
  outcome!: AppealOutcome;

  @Field(() => LocalDate, { description: 'Date decided; not before filing, not in the future (审结日期)' })
  decidedOn!: string;
}
