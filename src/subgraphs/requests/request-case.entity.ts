import { DecimalType, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Float, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Protected } from '../../auth/field-rules.js';
import { Department } from '../directory/department.entity.js';
import { OutcomeReason, ReplyOutcome } from './case-outcome.js';
import { Regulation } from './regulation.js';
import { Government } from '../directory/government.entity.js';

export enum RequestChannel {
  IN_PERSON = 'IN_PERSON',
  FAX = 'FAX',
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  OTHER = 'OTHER',
}

export enum ApplicantType {
  NATURAL_PERSON = 'NATURAL_PERSON',
  COMMERCIAL = 'COMMERCIAL',
  RESEARCH = 'RESEARCH',
  PUBLIC_INTEREST = 'PUBLIC_INTEREST',
  LEGAL_SERVICE = 'LEGAL_SERVICE',
  OTHER_ORGANISATION = 'OTHER_ORGANISATION',
}

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  EXTENDED = 'EXTENDED',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}

export enum CloseReason {
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}


export enum LedgerSource {
  REAL = 'REAL',
  SYNTHETIC = 'SYNTHETIC',
}

registerEnumType(RequestChannel, {
  name: 'RequestChannel',
  description: 'How an application reached the government (申请方式)',
  valuesConfig: {
    IN_PERSON: { description: 'In person (当面)' },
    FAX: { description: 'By fax (传真)' },
    ONLINE: { description: 'Online (网络)' },
    LETTER: { description: 'By letter (信函)' },
    OTHER: { description: 'Any other way (其他形式)' },
  },
});
registerEnumType(ApplicantType, {
  name: 'ApplicantType',
  description: 'Who applied, in the categories of the 2019 template (申请人情况)',
  valuesConfig: {
    NATURAL_PERSON: { description: 'A natural person (自然人)' },
    COMMERCIAL: { description: 'A commercial enterprise (商业企业)' },
    RESEARCH: { description: 'A research institution (科研机构)' },
    PUBLIC_INTEREST: { description: 'A social-welfare organisation (社会公益组织)' },
    LEGAL_SERVICE: { description: 'A legal-service institution (法律服务机构)' },
    OTHER_ORGANISATION: { description: 'Another legal person or organisation (其他)' },
  },
});
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where an application stands (办理状态)',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet answered (已受理)' },
    EXTENDED: { description: 'Time limit extended, not yet answered (已延期)' },
    REPLIED: { description: 'Answered (已答复)' },
    CLOSED: { description: 'Closed: finished after the reply, or withdrawn (已办结)' },
  },
});

registerEnumType(CloseReason, {
  name: 'CloseReason',
  description: 'Why a case was closed (办结方式)',
  valuesConfig: {
    COMPLETED: { description: 'Finished after the reply (答复后办结)' },
    WITHDRAWN: { description: 'Withdrawn by the applicant before a reply (申请人撤回)' },
  },
});

registerEnumType(LedgerSource, {
  name: 'LedgerSource',
  description: 'Whether a ledger entry is a real record or generated data (台账来源)',
  valuesConfig: {
    REAL: { description: 'Entered from a real ledger (真实台账)' },
    SYNTHETIC: { description: 'Generated for testing or benchmarks; not a real application (合成数据)' },
  },
});

/** The applicant's identity is personal data (个人信息), readable with a key covering the case's government. */
const personalData = { what: 'personal data (个人信息)', governmentOf: (requestCase: RequestCase) => requestCase.government.id };

@ObjectType({ description: 'One application for government information in a government’s case ledger (依申请公开台账记录)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'request_case' })
export class RequestCase {
  @Field(() => ID, { description: 'Stable identifier of the case (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Field(() => LocalDate, { description: 'Date the application was received (收到申请日期)' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => RequestChannel, { description: 'How it was received (申请方式)' })
  @Enum({ items: () => RequestChannel, nativeEnumName: 'request_channel' })
  channel!: RequestChannel;

  @Field(() => ApplicantType, { description: 'Category of the applicant (申请人类型)' })
  @Enum({ items: () => ApplicantType, nativeEnumName: 'applicant_type' })
  applicantType!: ApplicantType;

  @Field({ description: 'The information asked for, as recorded (申请内容)' })
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands (办理状态)' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: CaseStatus = CaseStatus.RECEIVED;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the reply, once answered (答复日期)' })
  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  /*
   * The three fields below are the database's to set: a trigger works them out from receivedOn
   * and extensionDays on every insert and update, against the holiday calendar (see the
   * request_deadlines migration), so no writer can store a deadline that disagrees with them.
   */
  @Field(() => Regulation, { description: 'The regulation the case falls under, by the date received (适用条例)' })
  @Enum({ items: () => Regulation, nativeEnumName: 'regulation', nullable: true })
  regulation!: Opt<Regulation>;

  @Field(() => LocalDate, { description: 'Last day of the statutory reply period, counted in working days from the day after receipt (法定答复期限)' })
  @Property({ type: 'date', nullable: true })
  dueOn!: Opt<string>;

  @Field(() => Int, { nullable: true, description: 'Working days the reply period was extended by, with the approval of the office’s head (延期工作日数)' })
  @Property({ type: 'smallint', nullable: true })
  extensionDays: number | null = null;

  @Field(() => LocalDate, { description: 'Last day to reply: the statutory one, or the extended one (答复截止日期)' })
  @Property({ type: 'date', nullable: true })
  replyBy!: Opt<string>;

  @Field(() => ReplyOutcome, { nullable: true, description: 'How it was answered, once answered (答复结果)' })
  @Enum({ items: () => ReplyOutcome, nativeEnumName: 'reply_outcome', nullable: true })
  outcome: ReplyOutcome | null = null;

  @Field(() => OutcomeReason, { nullable: true, description: 'The reason given, from the list of the case’s regulation (答复理由)' })
  @Property({ type: 'text', nullable: true })
  outcomeReason: OutcomeReason | null = null;

  @Field(() => Float, { nullable: true, description: 'Fee charged, in yuan; null when none was (信息处理费, 元)' })
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2, nullable: true })
  fee: number | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the case was closed (办结日期)' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => CloseReason, { nullable: true, description: 'How it was closed (办结方式)' })
  @Enum({ items: () => CloseReason, nativeEnumName: 'close_reason', nullable: true })
  closeReason: CloseReason | null = null;

  @Field(() => LedgerSource, { description: 'Real record or generated data (台账来源)' })
  @Enum({ items: () => LedgerSource, nativeEnumName: 'ledger_source' })
  source!: LedgerSource;

  @Field(() => String, {
    nullable: true,
    description: 'Applicant’s name (申请人姓名). Personal data: null with a FORBIDDEN error unless the API key’s scope covers the case’s government',
  })
  @Property({ type: 'text', nullable: true })
  @Protected<RequestCase>(personalData)
  applicantName: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Applicant’s contact details: phone, address or e-mail (申请人联系方式). Personal data: null with a FORBIDDEN error unless the API key’s scope covers the case’s government',
  })
  @Property({ type: 'text', nullable: true })
  @Protected<RequestCase>(personalData)
  applicantContact: string | null = null;
}
