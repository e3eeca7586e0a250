import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NotCompared } from '../../findings/text-reuse/compare-sections.js';

registerEnumType(NotCompared, {
  name: 'TextReuseNotCompared',
  description: 'Why a section’s text was not set against last year’s (未比较原因)',
  valuesConfig: {
    NO_MATCHING_SECTION: { description: 'Last year’s report has no section of the same heading, nor a standard one at the same position (上年无对应章节)' },
    STATISTICS_TABLE: { description: 'The section is a statistics table, whose repeats the table rule checks (统计表章节)' },
    TOO_SHORT: { description: 'It or last year’s section is under the minimum length once boilerplate is removed (文本过短)' },
  },
});

@ObjectType({ description: 'One section of a report set against the same body’s section of last year (章节文本重复情况)' })
export class SectionTextReuse {
  @Field(() => Int, { description: 'Position of the section in this report, from 1 (序号)' })
  ordinal!: number;

  @Field({ description: 'Heading of the section in this report (标题)' })
  heading!: string;

  @Field(() => Int, { nullable: true, description: 'Position of the section of last year’s report it is paired with; null when none is (上年章节序号)' })
  previousOrdinal!: number | null;

  @Field(() => String, { nullable: true, description: 'Heading of last year’s section it is paired with; null when none is (上年章节标题)' })
  previousHeading!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Text reuse in percent: the character-bigram Dice similarity of the two sections once figures, dates, names and template wording are removed; null when not compared (文本重复率)',
  })
  similarity!: number | null;

  @Field({ description: 'Whether the similarity reaches the reuse threshold, as the finding repeats.section-text-reused says (是否照搬上年)' })
  reused!: boolean;

  @Field(() => NotCompared, { nullable: true, description: 'Why no similarity was computed; null when one was (未比较原因)' })
  notCompared!: NotCompared | null;
}

@ObjectType({ description: 'A report’s text set against the same body’s report of the year before, section by section (文本重复率)' })
export class TextReuse {
  previousReportId!: number;

  @Field(() => Float, { description: 'Similarity in percent from which a section counts as reused (照搬判定阈值)' })
  thresholdPercent!: number;

  @Field(() => Int, { description: 'Fewest characters, after boilerplate removal, a section needs on both sides to be compared (最少比较字数)' })
  minimumCharacters!: number;

  @Field(() => [SectionTextReuse], { description: 'Every section of this report, in reading order (各章节重复情况)' })
  sections!: SectionTextReuse[];
}
