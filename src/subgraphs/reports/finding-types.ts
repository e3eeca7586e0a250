import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Finding } from './finding.entity.js';
import { FindingSeverity, FindingStatus, RuleFamily } from './finding-enums.js';

/** GraphQL types around findings: the rule catalogue, a report's check summary, and the analysts' list. */

@ObjectType({ description: 'A consistency rule (核查规则)' })
export class FindingRule {
  @Field({ description: 'Stable id (规则标识), e.g. table.national.sum' })
  id!: string;

  @Field(() => Int, { description: 'Version of the rule; raised when what it checks changes (规则版本)' })
  version!: number;

  @Field(() => RuleFamily, { description: 'Family of the rule (规则类别)' })
  family!: RuleFamily;

  @Field(() => FindingSeverity, { description: 'Severity of a broken check (严重程度)' })
  severity!: FindingSeverity;

  @Field({ description: 'What the rule checks, in English (规则说明)' })
  description!: string;

  @Field({ description: 'What the rule checks, in Chinese (规则说明（中文）)' })
  descriptionZh!: string;
}

@ObjectType({ description: 'The rules every report is checked against, and their version (核查规则集)' })
export class FindingRuleSet {
  @Field({ description: 'Version of the rule set: a hash of the rules’ ids and versions (规则集版本)' })
  version!: string;

  @Field(() => [FindingRule], { description: 'The rules, in the order their checks are listed (规则)' })
  rules!: FindingRule[];
}

@ObjectType({ description: 'How many of a report’s consistency checks hold, e.g. 37 checks, 35 hold (核查概况)' })
export class CheckSummary {
  @Field(() => Int, { description: 'Checks run on the report (核查项数)' })
  checks!: number;

  @Field(() => Int, { description: 'Checks that hold (成立项数)' })
  holding!: number;

  @Field(() => Int, { description: 'Checks that are broken (不成立项数)' })
  broken!: number;

  @Field(() => Int, { description: 'Broken checks of severity ERROR (错误数)' })
  errors!: number;

  @Field(() => Int, { description: 'Broken checks of severity WARNING (警告数)' })
  warnings!: number;

  @Field(() => String, { nullable: true, description: 'Rule-set version the checks were computed with; null before the first check (规则集版本)' })
  ruleSetVersion!: string | null;
}

@ObjectType({ description: 'Findings of one rule within a filtered list (按规则统计)' })
export class RuleCount {
  @Field({ description: 'The rule (规则标识)' })
  ruleId!: string;

  @Field(() => FindingSeverity, { description: 'Its severity (严重程度)' })
  severity!: FindingSeverity;

  @Field(() => Int, { description: 'Findings of the rule in the list (核查项数)' })
  checks!: number;

  @Field(() => Int, { description: 'Of those, broken (不成立项数)' })
  broken!: number;
}

@InputType({ description: 'Narrows a list of findings (核查结果筛选条件); all given conditions must hold' })
export class FindingFilter {
  @Field(() => String, { nullable: true, description: 'Only reports of governments in this region or below it (行政区划代码), e.g. 370000' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only reports on this year (报告年度)' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only findings of this report (报告标识)' })
  reportId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only findings of this rule (规则标识), e.g. prose-table.same-figure' })
  ruleId?: string | null;

  @Field(() => FindingSeverity, { nullable: true, description: 'Only findings of this severity (严重程度)' })
  severity?: FindingSeverity | null;

  @Field(() => FindingStatus, { nullable: true, description: 'Only holding or only broken checks; default both (核查结果)' })
  status?: FindingStatus | null;
}

@ObjectType({ description: 'A page of findings across reports, with counts per rule over the whole filtered list (核查结果列表)' })
export class FindingConnection extends Connection(Finding, 'Finding', 'consistency findings (核查结果)') {
  /** Runs the GROUP BY behind `countsByRule`, only when a client asks for the counts. */
  loadCountsByRule!: () => Promise<RuleCount[]>;
}
