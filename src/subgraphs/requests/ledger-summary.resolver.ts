import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { OutcomeReason, ReplyOutcome } from './case-outcome.js';
import type { LedgerCounts } from './ledger-summary.loader.js';
import { LedgerSummary } from './ledger-summary.types.js';
import { LedgerGovernmentStub } from './stubs.js';

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
}
