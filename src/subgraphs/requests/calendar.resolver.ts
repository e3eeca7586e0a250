import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { CalendarDay } from './calendar-day.entity.js';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { description: 'The holiday arrangements of a year that reply deadlines are counted against, by date (节假日安排)' })
  holidayArrangements(@Arg('year', () => Int, { description: 'Calendar year (年份), e.g. 2017' }) year: number, @Ctx() { em }: RequestContext) {
    return em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  }
}
