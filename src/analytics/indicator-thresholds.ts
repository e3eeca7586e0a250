import { z } from 'zod';
import { Rate } from './rates.js';

/**
 * Thresholds of the indicators an oversight office watches, one per rate. `higherIsBetter` says
 * which side is bad: a rate below `red` (or, when lower is better, at or above it) is RED, past
 * `yellow` YELLOW, else GREEN. Below `minSample` in the denominator the indicator is
 * NOT_ASSESSABLE; with no `red` and `yellow` it is NO_THRESHOLD.
 *
 * The defaults are starting points for review, not figures any regulation sets. Override any of
 * them with INDICATOR_THRESHOLDS (src/config.ts), a JSON object keyed by rate.
 */
export const ThresholdSchema = z.object({
  red: z.number().min(0).max(1).nullable(),
  yellow: z.number().min(0).max(1).nullable(),
  minSample: z.number().int().min(0),
});
export type Threshold = z.infer<typeof ThresholdSchema> & { higherIsBetter: boolean };

const HIGHER_IS_BETTER: Record<Rate, boolean> = {
  SUBSTANTIVE_DISCLOSURE_RATE: true,
  ON_TIME_RATE: true,
  APPEAL_CORRECTION_RATE: false,
  WEBSITE_SHARE: true,
  GAZETTE_SHARE: true,
  WEIBO_SHARE: true,
  WECHAT_SHARE: true,
  OTHER_CHANNEL_SHARE: true,
};

export const DEFAULT_THRESHOLDS: Record<Rate, z.infer<typeof ThresholdSchema>> = {
  /** At least 10 applications handled; below 30 % disclosed in substance is red, below 50 % yellow. */
  SUBSTANTIVE_DISCLOSURE_RATE: { red: 0.3, yellow: 0.5, minSample: 10 },
  /** At least 10 applications closed; below 90 % on time is red, below 98 % yellow. */
  ON_TIME_RATE: { red: 0.9, yellow: 0.98, minSample: 10 },
  /** At least 5 reconsiderations and lawsuits decided; 20 % corrected or more is red, 10 % yellow. */
  APPEAL_CORRECTION_RATE: { red: 0.2, yellow: 0.1, minSample: 5 },
  /** At least 100 items; under 30 % on the government website is red, under 50 % yellow. */
  WEBSITE_SHARE: { red: 0.3, yellow: 0.5, minSample: 100 },
  /** The other channels are reported for their share alone, with no threshold. */
  GAZETTE_SHARE: { red: null, yellow: null, minSample: 100 },
  WEIBO_SHARE: { red: null, yellow: null, minSample: 100 },
  WECHAT_SHARE: { red: null, yellow: null, minSample: 100 },
  OTHER_CHANNEL_SHARE: { red: null, yellow: null, minSample: 100 },
};

/** The INDICATOR_THRESHOLDS setting: a JSON object of rate → partial threshold, merged over the defaults. */
export const IndicatorThresholdsSetting = z
  .string()
  .default('{}')
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'INDICATOR_THRESHOLDS must be a JSON object, e.g. {"ON_TIME_RATE":{"red":0.8}}' });
      return z.NEVER;
    }
  })
  .pipe(z.partialRecord(z.enum(Rate), ThresholdSchema.partial()).refine((o) => o !== null && typeof o === 'object', 'must be an object'))
  .transform((overrides): Record<Rate, Threshold> =>
    Object.fromEntries(Object.values(Rate).map((rate) => [rate, { ...DEFAULT_THRESHOLDS[rate], ...overrides[rate], higherIsBetter: HIGHER_IS_BETTER[rate] }])) as Record<Rate, Threshold>,
  );

let current: Record<Rate, Threshold> = IndicatorThresholdsSetting.parse(undefined);

/** Set once at start-up from INDICATOR_THRESHOLDS, like the page size: a server setting every request obeys. */
export function setIndicatorThresholds(thresholds: Record<Rate, Threshold>): void {
  current = thresholds;
}

export const indicatorThresholds = (): Record<Rate, Threshold> => current;
