import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Timestamp } from '../../graphql/scalars.js';
import { Department } from '../directory/department.entity.js';
import { Government } from '../directory/government.entity.js';

export enum FindingDecision {
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(FindingDecision, {
  name: 'FindingDecision',
  description: 'What a reviewer made of a finding (复核结论)',
  valuesConfig: {
    CONFIRMED: { description: 'The report does contradict itself (确认)' },
    DISMISSED: { description: 'Not a real contradiction, e.g. categories that overlap by design (驳回)' },
  },
});

/**
 * A reviewer's decision on a finding. It is keyed by the issuer, the year and the finding's
 * fingerprint rather than by the finding's row or the report's id, so it holds across
 * re-imports, rule-set changes and new versions of the report for as long as the finding is
 * the same; a finding whose values change is a new finding, unreviewed. Decisions are only
 * ever added: the latest is the finding's review, and all of them are its history.
 */
@ObjectType({ description: 'A reviewer’s decision on a finding, with the reason (复核意见)' })
@Entity({ tableName: 'finding_review' })
@Index({ properties: ['government', 'department', 'year', 'fingerprint'] })
export class FindingReview {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Property()
  year!: number;

  @Property({ type: 'text' })
  fingerprint!: string;

  @Field(() => FindingDecision, { description: 'Confirmed or dismissed (复核结论)' })
  @Enum({ items: () => FindingDecision, nativeEnumName: 'finding_decision' })
  decision!: FindingDecision;

  @Field({ description: 'Why, in the reviewer’s words (复核理由)' })
  @Property({ type: 'text' })
  comment!: string;

  @Field({ description: 'Prefix of the API key that recorded the decision (复核人密钥前缀)' })
  @Property({ type: 'text' })
  reviewedBy!: string;

  @Field(() => Timestamp, { description: 'When the decision was recorded (复核时间)' })
  @Property({ type: 'timestamptz' })
  reviewedAt!: Date;
}
