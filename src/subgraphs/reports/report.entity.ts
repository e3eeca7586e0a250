import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDate } from '../../graphql/scalars.js';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../directory/department.entity.js';
import { ConfidentialityReview, FeeStatement, InterpretationColumn, PublicInstitutionColumn, ReportStatement } from './report-narrative.js';
import { Government } from '../directory/government.entity.js';

export enum ReportFormat {
  REGULATION_2008 = 'REGULATION_2008',
  TEMPLATE_2019 = 'TEMPLATE_2019',
  TEMPLATE_2021 = 'TEMPLATE_2021',
}

registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'Family of the report’s statistics table (统计表格式)',
  valuesConfig: {
    REGULATION_2008: { description: 'Reports under the 2008 regulation, up to report year 2018 (2008年《条例》时期统计表)' },
    TEMPLATE_2019: { description: 'The 2019 trial template of 国办公开办函〔2019〕60号 (2019年版年度报告格式)' },
    TEMPLATE_2021: { description: 'The 2021 template of 国办公开办函〔2021〕30号 (2021年版年度报告格式)' },
  },
});

@ObjectType({ description: 'One body’s annual report on its information-disclosure work for one year (政府信息公开工作年度报告)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'report' })
// A body publishes one report a year; NULLS NOT DISTINCT makes that hold for government-issued reports too.
@Unique({
  name: 'report_issuer_year_unique',
  expression: 'create unique index "report_issuer_year_unique" on "report" ("government_id", "department_id", "year") nulls not distinct',
})
export class Report {
  @Field(() => ID, { description: 'Stable identifier of the report (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Department, { ref: true, nullable: true, index: true })
  department: Ref<Department> | null = null;

  @Field({ description: 'Title as published (报告标题)' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: 'The year reported on (报告年度)' })
  @Property()
  year!: number;

  @Field(() => Int, { description: 'Version of the figures now current, from 1; a correction or a re-import that changes figures adds one (当前版本号)' })
  @Property({ default: 1 })
  version: Opt<number> = 1;

  @Field(() => ReportFormat, { description: 'Family of the statistics table (统计表格式)' })
  @Enum({ items: () => ReportFormat, nativeEnumName: 'report_format' })
  format!: ReportFormat;

  @Field({ description: 'Table layout within the format family, e.g. NATIONAL_2014 (统计表版式)' })
  @Property()
  tableVariant!: string;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the statistics period (统计期限起)' })
  @Property({ type: 'date', nullable: true })
  periodStart: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the statistics period (统计期限止)' })
  @Property({ type: 'date', nullable: true })
  periodEnd: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Publication date, where stated (发布日期)' })
  @Property({ type: 'date', nullable: true })
  publishedAt: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where the report was published (来源网址)' })
  @Property({ type: 'text', nullable: true })
  sourceUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'The source text kept in this repository (来源文件)' })
  @Property({ type: 'text', nullable: true })
  sourceFile: string | null = null;

  @Field({ description: 'SHA-256 of the source text, to tell a re-published report apart (原文校验值)' })
  @Property({ length: 64 })
  sourceSha256!: string;

  @Field(() => String, { nullable: true, description: 'Portal the report says it can be downloaded from (发布网站)' })
  @Property({ type: 'text', nullable: true })
  portalUrl: string | null = null;

  @Field(() => [String], { description: 'Regulations the report says it follows (编制依据), e.g. 《中华人民共和国政府信息公开条例》' })
  @Property({ type: 'text[]' })
  legalBasis: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  officialName: string | null = null;

  @Property({ type: 'text', nullable: true })
  officialTitle: string | null = null;

  @Field(() => InterpretationColumn, { nullable: true, description: 'The policy-interpretation column and its named items (政策解读专栏)' })
  @Property({ type: 'json', nullable: true })
  interpretationColumn: InterpretationColumn | null = null;

  @Field(() => FeeStatement, { nullable: true, description: 'Fees charged or waived (收费及减免情况)' })
  @Property({ type: 'json', nullable: true })
  fees: FeeStatement | null = null;

  @Field(() => ConfidentialityReview, { nullable: true, description: 'Confidentiality review before release (保密审查情况)' })
  @Property({ type: 'json', nullable: true })
  confidentialityReview: ConfidentialityReview | null = null;

  @Field(() => PublicInstitutionColumn, { nullable: true, description: 'Disclosure by public institutions (事业单位信息公开情况)' })
  @Property({ type: 'json', nullable: true })
  publicInstitutions: PublicInstitutionColumn | null = null;

  @Field(() => [ReportStatement], { description: 'Problems the report admits, in its order (存在的主要问题)' })
  @Property({ type: 'json' })
  problems: Opt<ReportStatement[]> = [];

  @Field(() => [ReportStatement], { description: 'Improvements it plans, in its order (改进措施)' })
  @Property({ type: 'json' })
  nextSteps: Opt<ReportStatement[]> = [];
}
