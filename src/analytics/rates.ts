import { Measure } from './measures.js';

/**
 * Rates analysts compare (比率). Each is a sum of measures over a sum of measures, and is computed
 * from the sums of a whole group, counting only the reports that give both sides; never an
 * average of per-report rates.
 */
export enum Rate {
  SUBSTANTIVE_DISCLOSURE_RATE = 'SUBSTANTIVE_DISCLOSURE_RATE',
  ON_TIME_RATE = 'ON_TIME_RATE',
  APPEAL_CORRECTION_RATE = 'APPEAL_CORRECTION_RATE',
  WEBSITE_SHARE = 'WEBSITE_SHARE',
  GAZETTE_SHARE = 'GAZETTE_SHARE',
  WEIBO_SHARE = 'WEIBO_SHARE',
  WECHAT_SHARE = 'WECHAT_SHARE',
  OTHER_CHANNEL_SHARE = 'OTHER_CHANNEL_SHARE',
}

export interface RateDefinition {
  numerator: readonly Measure[];
  denominator: readonly Measure[];
  en: string;
  zh: string;
}

const share = (measure: Measure, en: string, zh: string): RateDefinition => ({ numerator: [measure], denominator: [Measure.PROACTIVE_ITEMS], en, zh });

export const RATES: Readonly<Record<Rate, RateDefinition>> = {
  SUBSTANTIVE_DISCLOSURE_RATE: {
    numerator: [Measure.DISCLOSED, Measure.PARTLY_DISCLOSED],
    denominator: [Measure.APPLICATIONS_HANDLED],
    en: 'Substantive disclosure rate: disclosed and partly disclosed over applications handled',
    zh: '实质公开率（予以公开＋部分公开）／办理总数',
  },
  ON_TIME_RATE: { numerator: [Measure.CLOSED_ON_TIME], denominator: [Measure.CLOSED], en: 'On-time rate: closed on time over closed', zh: '按时办结率' },
  APPEAL_CORRECTION_RATE: {
    numerator: [Measure.APPEALS_CORRECTED],
    denominator: [Measure.APPEALS_DECIDED],
    en: 'Correction rate: reconsiderations and lawsuits corrected over decided',
    zh: '复议诉讼纠错率',
  },
  WEBSITE_SHARE: share(Measure.PROACTIVE_WEBSITE, 'Share of proactive items on the government website', '政府网站公开占比'),
  GAZETTE_SHARE: share(Measure.PROACTIVE_GAZETTE, 'Share of proactive items in the gazette', '政府公报公开占比'),
  WEIBO_SHARE: share(Measure.PROACTIVE_WEIBO, 'Share of proactive items on Weibo', '政务微博公开占比'),
  WECHAT_SHARE: share(Measure.PROACTIVE_WECHAT, 'Share of proactive items on WeChat', '政务微信公开占比'),
  OTHER_CHANNEL_SHARE: share(Measure.PROACTIVE_OTHER, 'Share of proactive items by other means', '其他方式公开占比'),
};

export const RATE_KEYS = Object.values(Rate);
