import { Field, Int, ObjectType } from 'type-graphql';
import { OutcomeReason, ReplyOutcome } from './case-outcome.js';

@ObjectType({ description: 'Applications received in the year, by channel (收到申请数)' })
export class LedgerReceived {
  @Field(() => Int, { description: 'In all (合计)' }) total!: number;
  @Field(() => Int, { description: 'In person (当面)' }) inPerson!: number;
  @Field(() => Int, { description: 'By fax (传真)' }) fax!: number;
  @Field(() => Int, { description: 'Online (网络)' }) online!: number;
  @Field(() => Int, { description: 'By letter (信函)' }) letter!: number;
  @Field(() => Int, { description: 'In other forms (其他形式)' }) other!: number;
}

@ObjectType({ description: 'Replies of the year with one outcome and reason (按结果和理由分列的答复数)' })
export class LedgerOutcomeCount {
  @Field(() => ReplyOutcome, { description: 'The outcome (答复结果)' }) outcome!: ReplyOutcome;
  @Field(() => OutcomeReason, { nullable: true, description: 'The reason; null for replies that gave none (答复理由)' }) reason!: OutcomeReason | null;
  @Field(() => Int, { description: 'Replies (件数)' }) count!: number;
}

@ObjectType({ description: 'Replies given in the year (申请答复及办结情况)' })
export class LedgerReplies {
  @Field(() => Int, { description: 'In all (答复数)' }) total!: number;
  @Field(() => Int, { description: 'Within the statutory period, without extension (按时办结)' }) onTime!: number;
  @Field(() => Int, { description: 'Within an extended period (延期办结)' }) extended!: number;
  @Field(() => Int, { description: 'After the last day to reply (超期答复)' }) late!: number;
  @Field(() => [LedgerOutcomeCount], { description: 'By outcome and reason (按结果和理由)' }) byOutcome!: LedgerOutcomeCount[];
}

@ObjectType({ description: 'Reconsiderations or lawsuits filed in the year, by result as it stands (复议或诉讼情况)' })
export class LedgerAppeals {
  @Field(() => Int, { description: 'In all (总计)' }) total!: number;
  @Field(() => Int, { description: 'Upheld (结果维持)' }) upheld!: number;
  @Field(() => Int, { description: 'Corrected (结果纠正)' }) corrected!: number;
  @Field(() => Int, { description: 'Other result (其他结果)' }) other!: number;
  @Field(() => Int, { description: 'Not yet decided (尚未审结)' }) pending!: number;
}

@ObjectType({ description: 'A government’s ledger for one year, counted from its cases (台账年度汇总)' })
export class LedgerSummary {
  @Field(() => Int, { description: 'The year (年度)' }) year!: number;
  @Field(() => Int, { description: 'Cases received in earlier years and still open on 1 January (上年结转)' }) carriedFromPreviousYear!: number;
  @Field(() => LedgerReceived, { description: 'Received in the year (本年新收)' }) received!: LedgerReceived;
  @Field(() => LedgerReplies, { description: 'Answered in the year (本年答复)' }) replies!: LedgerReplies;
  @Field(() => Int, { description: 'Withdrawn by the applicant in the year (申请人撤回)' }) withdrawn!: number;
  @Field(() => Int, { description: 'Still open on 31 December (结转下年度继续办理)' }) carriedToNextYear!: number;
  @Field(() => LedgerAppeals, { description: 'Administrative reconsiderations (行政复议)' }) reconsiderations!: LedgerAppeals;
  @Field(() => LedgerAppeals, { description: 'Administrative lawsuits (行政诉讼)' }) litigation!: LedgerAppeals;
}
