import { NullReason } from './measures.js';
import { Rate, RATE_KEYS } from './rates.js';
import { indicatorThresholds, type Threshold } from './indicator-thresholds.js';
import type { RateTotal } from './statistics-query.js';

export enum IndicatorStatus {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
  NOT_ASSESSABLE = 'NOT_ASSESSABLE',
  NO_THRESHOLD = 'NO_THRESHOLD',
}

export interface Indicator {
  indicator: Rate;
  value: number | null;
  sampleSize: number | null;
  status: IndicatorStatus;
  nullReason: NullReason | null;
  threshold: Threshold;
}

function statusOf(value: number, { red, yellow, higherIsBetter }: Threshold): IndicatorStatus {
  if (red == null && yellow == null) return IndicatorStatus.NO_THRESHOLD;
  const worse = (limit: number | null) => limit != null && (higherIsBetter ? value < limit : value >= limit);
  if (worse(red)) return IndicatorStatus.RED;
  if (worse(yellow)) return IndicatorStatus.YELLOW;
  return IndicatorStatus.GREEN;
}

/** A group's indicators from its rates: the sample is the rate's summed denominator. */
export function assessIndicators(rates: readonly RateTotal[]): Indicator[] {
  const thresholds = indicatorThresholds();
  return RATE_KEYS.map((rate) => {
    const total = rates.find((r) => r.rate === rate)!;
    const threshold = thresholds[rate];
    const sampleSize = total.denominator;
    if (total.value == null || sampleSize == null || sampleSize < threshold.minSample) {
      return { indicator: rate, value: total.value, sampleSize, status: IndicatorStatus.NOT_ASSESSABLE, nullReason: total.nullReason, threshold };
    }
    return { indicator: rate, value: total.value, sampleSize, status: statusOf(total.value, threshold), nullReason: null, threshold };
  });
}
