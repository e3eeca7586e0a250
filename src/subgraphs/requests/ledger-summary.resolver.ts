import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { OutcomeReason, ReplyOutcome } from './case-outcome.js';
import type { LedgerCounts } from './ledger-summary.loader.js';
import { LedgerSummary } from './ledger-summary.types.js';
import { LedgerGovernmentStub } from './stubs.js';

export enum LedgerTableFormat {
  REGULATION_2008 = 'REGULATION_2008',
  TEMPLATE_2019 = 'TEMPLATE_2019',
  TEMPLATE_2021 = 'TEMPLATE_2021',
}

registerEnumType(LedgerTableFormat, {
  name: 'LedgerTableFormat',
  description: 'The report table to count a ledger into (统计表格式)',
  valuesConfig: {
    REGULATION_2008: { description: 'The national table under the 2008 regulation, sections 三 to 五 (2008年条例统计表)' },
    TEMPLATE_2019: { description: 'The 2019 template, sections 三 and 四 (2019年版模板)' },
    TEMPLATE_2021: { description: 'The 2021 template, sections 三 and 四 (2021年版模板)' },
  },
});

@ObjectType({ description: 'One cell of a report table as the ledger would fill it (台账统计表单元格)' })
export class LedgerTableCell {
  @Field({ description: 'Table code, e.g. applications.new_received.natural_person (指标代码)' }) code!: string;
  @Field({ description: 'Row and column as the table prints them (指标名称)' }) label!: string;
  @Field(() => Int, { description: 'The ledger’s count (台账数值)' }) ledger!: number;
}

function toSummary(year: number, c: LedgerCounts): LedgerSummary {
  const appeals = (p: 'reconsiderations' | 'lawsuits') => ({
    total: c[p], upheld: c[`${p}_upheld`], corrected: c[`${p}_corrected`], other: c[`${p}_other`], pending: c[`${p}_pending`],
  });
  return {
    year,
    carriedFromPreviousYear: c.carried_from_previous,
    received: { total: c.received, inPerson: c.in_person, fax: c.fax, online: c.online, letter: c.letter, other: c.other_channel },
    replies: {
      total: c.replied, onTime: c.replied_on_time, extended: c.replied_extended, late: c.replied_late,
      byOutcome: c.by_reason.map(([outcome, reason, count]) => ({ outcome: outcome as ReplyOutcome, reason: reason as OutcomeReason | null, count })),
    },
    withdrawn: c.withdrawn,
    carriedToNextYear: c.carried_to_next,
    reconsiderations: appeals('reconsiderations'),
    litigation: appeals('lawsuits'),
  };
}

/** Contributes `Government.ledgerSummary` to the directory's Government. */
@Resolver(() => LedgerGovernmentStub)
export class GovernmentLedgerSummaryResolver {
  @FieldResolver(() => LedgerSummary, { description: 'The year’s ledger counted in SQL: what the annual report’s applications sections should say (台账年度汇总)' })
  async ledgerSummary(@Root() government: LedgerGovernmentStub, @Arg('year', () => Int, { description: 'The report year (年度)' }) year: number, @Ctx() { loaders }: RequestContext) {
    return toSummary(year, await loaders.ledgerCounts.load(`${government.id}@${year}`));
  }

  @FieldResolver(() => [LedgerTableCell], { description: 'The year’s ledger counted into a report table’s application and appeal cells, carry-over included: the table the report should print (台账生成的统计表)' })
  async ledgerTable(
    @Root() government: LedgerGovernmentStub,
    @Arg('year', () => Int, { description: 'The report year (年度)' }) year: number,
    @Arg('format', () => LedgerTableFormat, { description: 'Which table (统计表格式)' }) format: LedgerTableFormat,
    @Ctx() { loaders }: RequestContext,
  ): Promise<LedgerTableCell[]> {
    const counted = await loaders.ledgerFigures.load({ governmentId: government.id, year, format, tableVariant: format === LedgerTableFormat.REGULATION_2008 ? 'NATIONAL_2014' : 'NATIONAL_TEMPLATE' });
    return counted!.figures;
  }
}
