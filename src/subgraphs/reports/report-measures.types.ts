import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Measure, NullReason } from '../../analytics/measures.js';
import { LocalDate } from '../../graphql/scalars.js';
import './analytics-enums.js';

@ObjectType({ description: 'One comparable measure of a report: the sum of the cells its format maps to it, or null with the reason (可比指标值)' })
export class ReportMeasure {
  @Field(() => Measure, { description: 'The measure (指标)' })
  measure!: Measure;

  @Field(() => Float, { nullable: true, description: 'Its value; null when the format has no such cell or the report left them blank (指标值)' })
  value!: number | null;

  @Field(() => NullReason, { nullable: true, description: 'Why the value is null; null when it has one (空值原因)' })
  nullReason!: NullReason | null;

  @Field(() => String, { nullable: true, description: 'How the format gives the measure, or why it cannot (口径说明)' })
  note!: string | null;

  @Field(() => [String], { description: 'Codes of the statistics-table cells summed into it (来源单元格代码)' })
  cellCodes!: string[];
}

@ObjectType({ description: 'The report’s publication date against the statutory deadline (报告发布及时性)' })
export class ReportTimeliness {
  @Field(() => LocalDate, { description: 'Statutory deadline: 31 March of the next year up to report year 2018, 31 January from 2019 (法定发布期限)' })
  deadline!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Publication date, where known (发布日期)' })
  publishedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days published after the deadline, 0 when on time; null when the date is unknown (逾期天数)' })
  daysLate!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it was published after the deadline; null when the date is unknown (是否逾期)' })
  late!: boolean | null;
}
