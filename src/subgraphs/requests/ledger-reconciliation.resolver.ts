import { Ctx, Directive, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';

/** The reports subgraph's Report by key, to hang its reconciliation with the ledger on. */
@ObjectType('Report', { description: 'One body’s annual report on its information-disclosure work for one year (政府信息公开工作年度报告)' })
@Directive('@key(fields: "id")')
export class LedgerReportStub {
  @Field(() => ID, { description: 'Stable identifier of the report (标识)' })
  id!: number;
}

@ObjectType({ description: 'One published figure set against the ledger (台账核对)' })
export class LedgerFigure {
  @Field({ description: 'Table code of the figure, e.g. requests.received (指标代码)' }) code!: string;
  @Field({ description: 'The figure’s row in the table (指标名称)' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'What the table says; null when blank (统计表数值)' }) table!: number | null;
  @Field(() => Float, { nullable: true, description: 'What the prose says, where it states the figure (正文数值)' }) prose!: number | null;
  @Field(() => Int, { description: 'What the ledger counts (台账数值)' }) ledger!: number;
  @Field(() => Float, { nullable: true, description: 'Table minus ledger; null when the table is blank (统计表差额)' }) tableDifference!: number | null;
  @Field(() => Float, { nullable: true, description: 'Prose minus ledger; null when the prose does not state it (正文差额)' }) proseDifference!: number | null;
}

@Resolver(() => LedgerReportStub)
export class LedgerReconciliationResolver {
  @FieldResolver(() => [LedgerFigure], {
    nullable: true,
    description: 'Each application and appeal figure of the report’s table (and of its prose, where stated) against the issuing government’s ledger for the year; null for departments’ reports and the simplified provincial tables (台账核对)',
  })
  async ledger(@Root() report: LedgerReportStub, @Ctx() { loaders }: RequestContext): Promise<LedgerFigure[] | null> {
    const published = await loaders.publishedFigures.load(report.id);
    if (!published || published.departmentId !== null) return null;
    const counted = await loaders.ledgerFigures.load(published);
    if (!counted) return null;
    return counted.figures.map(({ code, label, ledger }) => {
      const table = published.table.get(code) ?? null;
      const prose = published.prose.get(code) ?? null;
      return { code, label, table, prose, ledger, tableDifference: table === null ? null : table - ledger, proseDifference: prose === null ? null : prose - ledger };
    });
  }
}
