/**
 * Comparable measures (可比指标): the figures analysts compare across bodies, years and the three
 * table formats. Each table layout maps every measure either to the cells that give it (summed) or
 * to a reason it cannot: see `layouts/*.ts`, one file per layout, for the mapping and why.
 *
 * A measure is a count. Rates are never stored per report: they are computed from summed counts
 * (`rates.ts`), so a group's rate is its total numerator over its total denominator.
 */

export enum Measure {
  APPLICATIONS_RECEIVED = 'APPLICATIONS_RECEIVED',
  APPLICATIONS_HANDLED = 'APPLICATIONS_HANDLED',
  DISCLOSED = 'DISCLOSED',
  PARTLY_DISCLOSED = 'PARTLY_DISCLOSED',
  WITHHELD = 'WITHHELD',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_PROCESSED = 'NOT_PROCESSED',
  CLOSED = 'CLOSED',
  CLOSED_ON_TIME = 'CLOSED_ON_TIME',
  RECONSIDERATIONS = 'RECONSIDERATIONS',
  LAWSUITS = 'LAWSUITS',
  APPEALS_DECIDED = 'APPEALS_DECIDED',
  APPEALS_CORRECTED = 'APPEALS_CORRECTED',
  PROACTIVE_ITEMS = 'PROACTIVE_ITEMS',
  PROACTIVE_WEBSITE = 'PROACTIVE_WEBSITE',
  PROACTIVE_GAZETTE = 'PROACTIVE_GAZETTE',
  PROACTIVE_WEIBO = 'PROACTIVE_WEIBO',
  PROACTIVE_WECHAT = 'PROACTIVE_WECHAT',
  PROACTIVE_OTHER = 'PROACTIVE_OTHER',
}

/** English and Chinese names, used in the schema and as CSV headers. */
export const MEASURE_LABELS: Record<Measure, { en: string; zh: string }> = {
  APPLICATIONS_RECEIVED: { en: 'Applications received this year', zh: '本年收到申请数' },
  APPLICATIONS_HANDLED: { en: 'Applications handled (replied or decided) this year', zh: '本年办理（答复）总数' },
  DISCLOSED: { en: 'Disclosed', zh: '予以公开（同意公开）' },
  PARTLY_DISCLOSED: { en: 'Partly disclosed', zh: '部分公开' },
  WITHHELD: { en: 'Withheld', zh: '不予公开' },
  UNAVAILABLE: { en: 'Cannot be provided', zh: '无法提供' },
  NOT_PROCESSED: { en: 'Not processed', zh: '不予处理' },
  CLOSED: { en: 'Applications closed', zh: '申请办结数' },
  CLOSED_ON_TIME: { en: 'Applications closed on time', zh: '按时办结数' },
  RECONSIDERATIONS: { en: 'Administrative reconsiderations', zh: '行政复议数' },
  LAWSUITS: { en: 'Administrative lawsuits', zh: '行政诉讼数' },
  APPEALS_DECIDED: { en: 'Reconsiderations and lawsuits decided', zh: '复议诉讼已审结数' },
  APPEALS_CORRECTED: { en: 'Reconsiderations and lawsuits corrected', zh: '复议诉讼被纠错数' },
  PROACTIVE_ITEMS: { en: 'Items published proactively', zh: '主动公开信息数' },
  PROACTIVE_WEBSITE: { en: 'Items published on the government website', zh: '政府网站公开数' },
  PROACTIVE_GAZETTE: { en: 'Items published in the government gazette', zh: '政府公报公开数' },
  PROACTIVE_WEIBO: { en: 'Items published on government Weibo', zh: '政务微博公开数' },
  PROACTIVE_WECHAT: { en: 'Items published on government WeChat', zh: '政务微信公开数' },
  PROACTIVE_OTHER: { en: 'Items published by other means', zh: '其他方式公开数' },
};

export const MEASURES = Object.values(Measure);

/** Why a measure or rate has no value. */
export enum NullReason {
  /** The layout has no cell that gives the measure; any figure would be a guess. */
  NOT_IN_FORMAT = 'NOT_IN_FORMAT',
  /** The layout has the cells, but the report left all of them blank. */
  NOT_STATED = 'NOT_STATED',
  /** A rate whose denominator sums to 0. */
  ZERO_DENOMINATOR = 'ZERO_DENOMINATOR',
  /** The report's table layout is none of the known ones (or it has no table). */
  UNKNOWN_LAYOUT = 'UNKNOWN_LAYOUT',
}

/** Where a layout takes a measure from: the sum of the stated cells among `codes`, or nowhere. */
export type MeasureSource =
  | { codes: readonly string[]; note?: string }
  | { reason: NullReason.NOT_IN_FORMAT; note: string };

export type LayoutMapping = Readonly<Record<Measure, MeasureSource>>;

export const cellsOf = (source: MeasureSource): readonly string[] => ('codes' in source ? source.codes : []);
