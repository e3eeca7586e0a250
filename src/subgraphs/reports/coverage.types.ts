import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DepartmentStub } from './department.stub.js';
import { GovernmentStub } from './government.stub.js';
import { Report } from './report.entity.js';

@ObjectType({ description: 'One body under a region and its report for the year, if any (报告发布情况)' })
export class CoverageEntry {
  @Field(() => GovernmentStub, { description: 'The government, or the government of the department (人民政府)' })
  government!: GovernmentStub;

  @Field(() => DepartmentStub, { nullable: true, description: 'The department, when the body is one (政府部门)' })
  department!: DepartmentStub | null;

  @Field({ description: 'Name of the body (机关名称)' })
  name!: string;

  @Field({ description: 'Region code of the government (行政区划代码)' })
  regionCode!: string;

  @Field({ description: 'Whether a report for the year is held (是否已发布)' })
  published!: boolean;

  @Field(() => Report, { nullable: true, description: 'The report, when published (年度报告)' })
  report!: Report | null;

  reportId!: number | null;
}

@ObjectType({ description: 'Which bodies under a region published a report for a year and which did not (报告发布覆盖情况)' })
export class ReportCoverage {
  @Field({ description: 'Region code asked for (行政区划代码)' })
  regionCode!: string;

  @Field(() => Int, { description: 'Report year (报告年度)' })
  year!: number;

  @Field(() => Int, { description: 'Bodies under the region (机关数)' })
  bodies!: number;

  @Field(() => Int, { description: 'Bodies with a report for the year (已发布数)' })
  published!: number;

  @Field(() => Float, { nullable: true, description: 'Published over bodies, from 0 to 1; null without bodies (发布率)' })
  rate!: number | null;

  @Field(() => [CoverageEntry], { description: 'Bodies without a report, by region code (未发布机关)' })
  missing!: CoverageEntry[];

  @Field(() => [CoverageEntry], { description: 'Bodies with a report, by region code (已发布机关)' })
  publishedBodies!: CoverageEntry[];
}

