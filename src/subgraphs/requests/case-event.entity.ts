import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObject, Timestamp } from '../../graphql/scalars.js';
import { RequestCase } from './request-case.entity.js';

export enum CaseEventKind {
  REGISTERED = 'REGISTERED',
  REPLIED = 'REPLIED',
  EXTENDED = 'EXTENDED',
  CLOSED = 'CLOSED',
  APPEAL_FILED = 'APPEAL_FILED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
}

registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: 'What happened to a case (办理环节)',
  valuesConfig: {
    REGISTERED: { description: 'Registered in the ledger (登记)' },
    REPLIED: { description: 'Answered (答复)' },
    EXTENDED: { description: 'Reply period extended (延期)' },
    CLOSED: { description: 'Closed (办结)' },
    APPEAL_FILED: { description: 'Reconsideration or lawsuit filed (提起复议或诉讼)' },
    APPEAL_DECIDED: { description: 'Reconsideration or lawsuit decided (复议或诉讼结果)' },
  },
});

/**
 * One change to a case, written in the transaction of the change and never altered (the database
 * refuses updates; see the request_ledger migration): the case's history (办理记录).
 */
@ObjectType({ description: 'A change to a ledger case, as recorded; never altered (办理记录)' })
@Entity({ tableName: 'case_event' })
export class CaseEvent {
  @Field(() => ID, { description: 'Stable identifier; later events have larger ones (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => RequestCase, { ref: true, index: true })
  requestCase!: Ref<RequestCase>;

  @Field(() => CaseEventKind, { description: 'What happened (办理环节)' })
  @Enum({ items: () => CaseEventKind, nativeEnumName: 'case_event_kind' })
  kind!: CaseEventKind;

  @Field(() => Timestamp, { description: 'When it was recorded (记录时间)' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @Field({ description: 'Prefix of the API key that recorded it (记录人)' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field(() => JSONObject, { description: 'The change as it was given, e.g. {"repliedOn": "2017-03-20", "outcome": "DISCLOSED"} (变更内容)' })
  @Property({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
