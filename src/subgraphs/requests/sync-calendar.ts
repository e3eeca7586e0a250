import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/core';
import { type CalendarDay, CalendarDayKind } from './calendar-day.entity.js';

/** The published arrangements as the chinese-days package gathers them: date → "English,中文,days". */
interface ArrangementData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const arrangements = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ArrangementData;

/** Every arranged day the package knows (2004 onwards), as calendar rows. */
export function publishedCalendar(): Pick<CalendarDay, 'date' | 'kind' | 'holiday'>[] {
  const row = (kind: CalendarDayKind) => ([date, name]: [string, string]) => ({ date, kind, holiday: name.split(',')[1] ?? name });
  return [
    ...Object.entries(arrangements.holidays).map(row(CalendarDayKind.HOLIDAY)),
    ...Object.entries(arrangements.workdays).map(row(CalendarDayKind.MAKEUP_WORKDAY)),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Adds the arranged days the database lacks, at every start: a newer package brings next year's
 * arrangements, and days an operator corrected by hand are left as they are. When days were
 * added, every case's deadlines are worked out again (the deadlines trigger fires on the update).
 */
export async function syncCalendar(em: EntityManager): Promise<number> {
  // One transaction: new days without recomputed deadlines would never be recomputed, since the
  // next start would find no day to add.
  return em.transactional(async (tx) => {
    const run = (sql: string, params: unknown[]) => tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
    const result = await run(
      `insert into calendar_day (date, kind, holiday)
       select date, kind, holiday from json_to_recordset(?::json) as day(date date, kind calendar_day_kind, holiday text)
       on conflict (date) do nothing`,
      [JSON.stringify(publishedCalendar())],
    );
    if (result.affectedRows > 0) await run('update request_case set received_on = received_on', []);
    return result.affectedRows;
  });
}
