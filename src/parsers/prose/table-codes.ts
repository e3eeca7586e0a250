import { FUJIAN_ROWS, fujianCellCode } from '../regulation-2008/fujian-codes.js';
import type { TableVariant } from './table-region.js';

/**
 * Turns a pattern's measure into the code of the report's own table where one matches.
 *
 * Patterns name 2008-era figures with the national table's row codes (requests.received,
 * proactive.by_channel.website …). A report with the Fujian simplified table has the same rows with
 * a column each (fujian-codes.ts): prose "主动公开政府信息389条，历年累计主动公开政府信息1176条"
 * is proactive.items.this_year 389 and proactive.items.cumulative 1176. The Fujian table calls the
 * website and gazette channels proactive.items.website/.gazette and the waived fees fees_waived.
 * A cumulative figure with no Fujian cell keeps its measure with `_cumulative`.
 * 2019+ measures come out of the patterns as section 二–四 cell codes already.
 */

const FUJIAN_CODES: ReadonlySet<string> = new Set(FUJIAN_ROWS.map((r) => r.code));
const FUJIAN_NAMES: Record<string, string> = {
  'proactive.by_channel.website': 'proactive.items.website',
  'proactive.by_channel.gazette': 'proactive.items.gazette',
  'fees.waived': 'fees_waived',
};

export function tableCode(measure: string, variant: TableVariant | null, cumulative: boolean): string {
  if (variant === 'FUJIAN_SIMPLIFIED') {
    const row = FUJIAN_NAMES[measure] ?? measure;
    if (FUJIAN_CODES.has(row)) return fujianCellCode(row, cumulative ? 'cumulative' : 'this_year');
  }
  return cumulative ? `${measure}_cumulative` : measure;
}

/** unlisted → unlisted_a, unlisted_b … per prefix, in reading order (letters, as codes are [a-z_]). */
export class UnlistedLetters {
  private readonly counts = new Map<string, number>();

  letter(measure: string): string {
    if (!measure.endsWith('.unlisted')) return measure;
    const n = this.counts.get(measure) ?? 0;
    this.counts.set(measure, n + 1);
    return `${measure}_${letters(n)}`;
  }
}

function letters(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}
