/**
 * Today's date where the pilots are, YYYY-MM-DD. Progress is dated in China's calendar, so a
 * statement made on the morning of the 1st in Beijing is not "in the future" at 01:00 UTC.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
