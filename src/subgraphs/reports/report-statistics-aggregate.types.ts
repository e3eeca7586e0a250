import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Measure, NullReason } from '../../analytics/measures.js';
import { Rate } from '../../analytics/rates.js';
import { RegionLevel } from '../directory/region.entity.js';
import { BodyType, StatisticsDimension } from './analytics-enums.js';
import { ReportFormat } from './report.entity.js';

@InputType({ description: 'Which reports report statistics count (统计范围); all given conditions must hold' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true, description: 'Only reports of bodies in this region or below it (行政区划代码), e.g. 350000' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'First report year counted (起始年度)' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last report year counted (截止年度)' })
  yearTo?: number | null;

  @Field(() => ReportFormat, { nullable: true, description: 'Only reports in this table format (统计表格式)' })
  format?: ReportFormat | null;

  @Field(() => BodyType, { nullable: true, description: 'Only reports of governments, or only of departments (发布主体类型)' })
  bodyType?: BodyType | null;

  @Field(() => ID, { nullable: true, description: 'Only reports of this government and its departments (发布机关)' })
  governmentId?: string | null;
}

@ObjectType({ description: 'A measure summed over a group of reports (指标合计)' })
export class MeasureTotal {
  @Field(() => Measure, { description: 'The measure (指标)' })
  measure!: Measure;

  @Field(() => Float, { nullable: true, description: 'Sum over the reports that state it; null when none does (合计)' })
  value!: number | null;

  @Field(() => Int, { description: 'Reports of the group that state it (有值报告数)' })
  reportsWithValue!: number;

  @Field(() => NullReason, { nullable: true, description: 'Why the value is null: no format in the group has it, or no report states it (空值原因)' })
  nullReason!: NullReason | null;

  @Field(() => Float, { nullable: true, description: 'The same group’s value one year earlier; only when grouped by YEAR (上年值)' })
  previousYearValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value minus the previous year’s (同比增减)' })
  change!: number | null;
}

@ObjectType({ description: 'A rate computed from a group’s summed measures, never an average of rates (比率)' })
export class RateTotal {
  @Field(() => Rate, { description: 'The rate (比率)' })
  rate!: Rate;

  @Field(() => Float, { nullable: true, description: 'Numerator over denominator, from 0 to 1 (比率值)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed numerator over the reports counted (分子)' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed denominator over the reports counted (分母)' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Reports that state every measure of both sides, the only ones counted (计入报告数)' })
  reportsCounted!: number;

  @Field(() => NullReason, { nullable: true, description: 'Why the value is null (空值原因)' })
  nullReason!: NullReason | null;

  @Field(() => Float, { nullable: true, description: 'The same group’s rate one year earlier; only when grouped by YEAR (上年值)' })
  previousYearValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate minus the previous year’s, as a fraction (同比增减)' })
  change!: number | null;
}

@ObjectType({ description: 'One group of report statistics (统计分组)' })
export class StatisticsGroup {
  @Field(() => RegionLevel, { nullable: true, description: 'Region level of the group, when grouped by it (行政区划级别)' })
  regionLevel!: RegionLevel | null;

  @Field(() => String, { nullable: true, description: 'Region code of the group, when grouped by region (行政区划代码)' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Region name of the group, when grouped by region (行政区划名称)' })
  regionName!: string | null;

  @Field(() => Int, { nullable: true, description: 'Report year of the group, when grouped by year (报告年度)' })
  year!: number | null;

  @Field(() => ReportFormat, { nullable: true, description: 'Table format of the group, when grouped by format (统计表格式)' })
  format!: ReportFormat | null;

  @Field(() => BodyType, { nullable: true, description: 'Body type of the group, when grouped by it (发布主体类型)' })
  bodyType!: BodyType | null;

  @Field(() => Int, { description: 'Reports in the group (报告数)' })
  reportCount!: number;

  @Field(() => Int, { description: 'Reports of the group with a known publication date (有发布日期的报告数)' })
  datedReports!: number;

  @Field(() => Int, { description: 'Reports published after the statutory deadline (逾期发布报告数)' })
  lateReports!: number;

  @Field(() => [MeasureTotal], { description: 'Every measure summed, in the Measure enum’s order (指标合计)' })
  measures!: MeasureTotal[];

  @Field(() => [RateTotal], { description: 'Every rate from the sums, in the Rate enum’s order (比率)' })
  rates!: RateTotal[];

  @Field(() => Int, { nullable: true, description: 'Rank among groups sharing every dimension but the first, by rankBy, highest first; null without a value (组内排名)' })
  rank!: number | null;

  reportIds!: number[];
}

export { StatisticsDimension };
