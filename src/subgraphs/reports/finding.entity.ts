import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FindingRefKind, FindingSeverity, FindingStatus, RuleFamily } from './finding-enums.js';
import { Report } from './report.entity.js';
import type { StoredInvolvedRef } from '../../findings/stored-involved.js';

@ObjectType({ description: 'A cell, sentence, section or other report a check looked at, with its place in the source text (涉及内容)' })
export class FindingRef {
  @Field(() => FindingRefKind, { description: 'What it is (类型)' })
  kind!: FindingRefKind;

  @Field(() => String, { nullable: true, description: 'Cell code or prose measure (指标代码), e.g. requests.replies.refused' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Cell label, section heading, or the other body’s name (名称)' })
  label!: string | null;

  @Field(() => Float, { nullable: true, description: 'The value it holds (数值)' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Raw cell text or the sentence, as printed (原文)' })
  text!: string | null;

  @Field(() => Int, { nullable: true, description: 'Line in the source text of the report it belongs to (出处行)' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the other report it belongs to; null for this report (所属年度)' })
  year!: number | null;
}

@ObjectType({ description: 'The result of one consistency check of a report, kept whether it holds or not (核查结果)' })
@Entity({ tableName: 'finding' })
// A finding is identified within its report by its fingerprint; a later review can key on the same pair.
@Unique({ properties: ['report', 'fingerprint'] })
@Index({ properties: ['ruleId', 'status'] })
export class Finding {
  @Field(() => ID, { description: 'Identifier of the stored finding (标识); a finding whose values change is stored anew, so refer to findings by fingerprint' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field({ description: 'Stable id of the rule checked (规则标识), e.g. prose.breakdown-sum' })
  @Property()
  ruleId!: string;

  @Field(() => RuleFamily, { description: 'Family of the rule (规则类别)' })
  @Enum({ items: () => RuleFamily, nativeEnumName: 'rule_family' })
  family!: RuleFamily;

  @Field(() => FindingSeverity, { description: 'How serious it is when broken (严重程度)' })
  @Enum({ items: () => FindingSeverity, nativeEnumName: 'finding_severity' })
  severity!: FindingSeverity;

  @Field(() => FindingStatus, { description: 'Whether the check holds (核查结果)' })
  @Enum({ items: () => FindingStatus, nativeEnumName: 'finding_status' })
  status!: FindingStatus;

  @Field(() => Float, { nullable: true, description: 'The value the rule expects, e.g. the sum of the parts (应为)' })
  @Property({ type: 'double', nullable: true })
  expected: number | null = null;

  @Field(() => Float, { nullable: true, description: 'The value the report states (实为)' })
  @Property({ type: 'double', nullable: true })
  actual: number | null = null;

  @Field({ description: 'What was checked and found, in one English sentence quoting the Chinese labels (说明)' })
  @Property({ type: 'text' })
  message!: string;

  /** As stored (stored-involved.ts): the API's `involved` reads what it leaves out back from the report's own rows. */
  @Property({ type: 'json' })
  involved!: StoredInvolvedRef[];

  @Field({ description: 'Identifies the finding by rule, values and what is involved, so it stays the same across re-imports while the finding is unchanged (指纹)' })
  @Property({ length: 32 })
  fingerprint!: string;

  @Field({ description: 'Version of the rule set that computed it (规则集版本)' })
  @Property({ length: 12 })
  ruleSetVersion!: string;

  @Field(() => Int, { description: 'Version of the report’s figures it was computed on (所据报告版本)' })
  @Property({ default: 1 })
  reportVersion: Opt<number> = 1;

  @Field(() => Int, { description: 'Position among the report’s checks, from 1 (序号)' })
  @Property()
  ordinal!: number;
}
