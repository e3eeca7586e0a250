import { rawNumber } from './corpus.js';

// The measures of a report recomputed from its printed cells, written from the table layouts in
// formats.md and not from src/analytics, so that the two can disagree.

export type Cells = Map<string, number | null>;
export const cellsOf = (report: any): Cells => new Map(report.tableCells.map((c: any) => [c.code, rawNumber(c.raw)]));
/** Sum of the stated cells whose code matches, null when none is stated. */
function sumWhere(cells: Cells, match: (code: string) => boolean): number | null {
  const stated = [...cells].filter(([code, value]) => match(code) && value != null).map(([, value]) => value as number);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}
const exact = (cells: Cells, ...codes: string[]) => sumWhere(cells, (code) => codes.includes(code));

/** What each measure should be, written from the table layouts in formats.md, not from src/analytics. */
function expectedNational(c: Cells) {
  return {
    APPLICATIONS_RECEIVED: exact(c, 'requests.received'),
    APPLICATIONS_HANDLED: exact(c, 'requests.replies'),
    DISCLOSED: exact(c, 'requests.replies.granted', 'requests.replies.already_public'),
    PARTLY_DISCLOSED: exact(c, 'requests.replies.partially_granted'),
    WITHHELD: exact(c, 'requests.replies.refused'),
    UNAVAILABLE: exact(c, 'requests.replies.not_this_organ', 'requests.replies.not_exist'),
    NOT_PROCESSED: null,
    CLOSED: exact(c, 'requests.closed'),
    CLOSED_ON_TIME: exact(c, 'requests.closed.on_time'),
    RECONSIDERATIONS: exact(c, 'reconsiderations'),
    LAWSUITS: exact(c, 'litigation'),
    APPEALS_DECIDED: sumWhere(c, (code) => /^(reconsiderations|litigation)\.(upheld|corrected|other)$/.test(code)),
    APPEALS_CORRECTED: sumWhere(c, (code) => /^(reconsiderations|litigation)\.corrected$/.test(code)),
    PROACTIVE_ITEMS: exact(c, 'proactive.items'),
    PROACTIVE_WEBSITE: exact(c, 'proactive.by_channel.website'),
    PROACTIVE_GAZETTE: exact(c, 'proactive.by_channel.gazette'),
    PROACTIVE_WEIBO: exact(c, 'proactive.by_channel.weibo'),
    PROACTIVE_WECHAT: exact(c, 'proactive.by_channel.wechat'),
    PROACTIVE_OTHER: exact(c, 'proactive.by_channel.other'),
  };
}
function expectedFujian(c: Cells) {
  const year = (code: string) => exact(c, `${code}.this_year`);
  return {
    APPLICATIONS_RECEIVED: year('requests.received'),
    APPLICATIONS_HANDLED: year('requests.replies'),
    DISCLOSED: year('requests.replies.granted'),
    PARTLY_DISCLOSED: year('requests.replies.partially_granted'),
    WITHHELD: year('requests.replies.refused'),
    UNAVAILABLE: null, NOT_PROCESSED: null, CLOSED: null, CLOSED_ON_TIME: null,
    RECONSIDERATIONS: year('reconsiderations'),
    LAWSUITS: year('litigation'),
    APPEALS_DECIDED: null, APPEALS_CORRECTED: null,
    PROACTIVE_ITEMS: year('proactive.items'),
    PROACTIVE_WEBSITE: year('proactive.items.website'),
    PROACTIVE_GAZETTE: year('proactive.items.gazette'),
    PROACTIVE_WEIBO: null, PROACTIVE_WECHAT: null, PROACTIVE_OTHER: null,
  };
}
function expectedTemplate(c: Cells) {
  const total = (pattern: RegExp) => sumWhere(c, (code) => pattern.test(code));
  return {
    APPLICATIONS_RECEIVED: exact(c, 'applications.new_received.total'),
    APPLICATIONS_HANDLED: exact(c, 'applications.total_processed.total'),
    DISCLOSED: exact(c, 'applications.granted.total'),
    PARTLY_DISCLOSED: exact(c, 'applications.partially_granted.total'),
    WITHHELD: total(/^applications\.withheld\.[a-z_]+\.total$/),
    UNAVAILABLE: total(/^applications\.unavailable\.[a-z_]+\.total$/),
    NOT_PROCESSED: total(/^applications\.not_processed\.[a-z_]+\.total$/),
    CLOSED: null, CLOSED_ON_TIME: null,
    RECONSIDERATIONS: exact(c, 'appeals.reconsideration.total'),
    LAWSUITS: total(/^appeals\.litigation_[a-z_]+\.total$/),
    APPEALS_DECIDED: total(/^appeals\.[a-z_]+\.(upheld|corrected|other)$/),
    APPEALS_CORRECTED: total(/^appeals\.[a-z_]+\.corrected$/),
    PROACTIVE_ITEMS: null, PROACTIVE_WEBSITE: null, PROACTIVE_GAZETTE: null, PROACTIVE_WEIBO: null, PROACTIVE_WECHAT: null, PROACTIVE_OTHER: null,
  };
}

export function expectedMeasures(tableVariant: string, cells: Cells): Record<string, number | null> {
  if (tableVariant === 'NATIONAL_2014') return expectedNational(cells);
  if (tableVariant === 'FUJIAN_SIMPLIFIED') return expectedFujian(cells);
  return expectedTemplate(cells);
}
