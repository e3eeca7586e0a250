import { Field, Int, ObjectType } from 'type-graphql';

/* Facts a report states once, in prose, stored with the report as it states them. */

@ObjectType({ description: 'The official in charge of disclosure work (分管领导)' })
export class OfficialInCharge {
  @Field({ description: 'Name (姓名)' })
  name!: string;

  @Field({ description: 'Position (职务), e.g. 区委常委、副区长' })
  title!: string;
}

@ObjectType({ description: 'The policy-interpretation column on the portal (政策解读专栏) and the items the report names from it' })
export class InterpretationColumn {
  @Field({ description: 'Name of the column (栏目名称)' })
  name!: string;

  @Field(() => [String], { description: 'Titles the report gives as examples (示例)' })
  examples!: string[];
}

@ObjectType({ description: 'Fees charged or waived for disclosure (政府信息公开收费及减免情况)' })
export class FeeStatement {
  @Field({ description: 'Whether any fee was charged (是否收费)' })
  charged!: boolean;

  @Field({ description: 'The report’s statement (原文)' })
  statement!: string;
}

@ObjectType({ description: 'How information is reviewed for secrets before release (保密审查)' })
export class ConfidentialityReview {
  @Field(() => [String], { description: 'Principles quoted, e.g. 谁公开谁审查、谁审查谁负责 (审查原则)' })
  principles!: string[];

  @Field(() => [String], { description: 'Measures taken, in the report’s order (一是、二是…) (审查措施)' })
  measures!: string[];

  @Field(() => Int, { nullable: true, description: 'Accounts each unit has on the publishing back end: one to publish, one to review (每单位账号数)' })
  accountsPerUnit!: number | null;
}

@ObjectType({ description: 'The portal column where public institutions disclose (公共企事业单位信息公开专栏)' })
export class PublicInstitutionColumn {
  @Field({ description: 'Name of the column (栏目名称)' })
  columnName!: string;

  @Field(() => Int, { nullable: true, description: 'Institutions in the column, as stated (单位数)' })
  count!: number | null;

  @Field(() => [String], { description: 'Institutions the report names (列举单位)' })
  named!: string[];
}

@ObjectType({ description: 'One point the report makes, with where it says it (报告要点)' })
export class ReportStatement {
  @Field({ description: 'The point as written (内容)' })
  text!: string;

  @Field(() => Int, { description: 'Line in the source text (出处行)' })
  line!: number;
}
