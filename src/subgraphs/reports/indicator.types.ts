import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorStatus } from '../../analytics/indicators.js';
import { NullReason } from '../../analytics/measures.js';
import { Rate } from '../../analytics/rates.js';
import './analytics-enums.js';

registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Where an indicator stands against its thresholds (预警状态)',
  valuesConfig: {
    GREEN: { description: 'Within the thresholds (正常)' },
    YELLOW: { description: 'Past the yellow threshold (黄色预警)' },
    RED: { description: 'Past the red threshold (红色预警)' },
    NOT_ASSESSABLE: { description: 'No value, or a sample below the minimum (样本不足，无法评估)' },
    NO_THRESHOLD: { description: 'Reported for its value; no threshold is set (未设阈值)' },
  },
});

@ObjectType({ description: 'An indicator an oversight office watches, a rate against its configured thresholds (监测指标)' })
export class Indicator {
  @Field(() => Rate, { description: 'The rate watched (指标)' })
  indicator!: Rate;

  @Field(() => Float, { nullable: true, description: 'The rate, from 0 to 1 (指标值)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The rate’s denominator, compared with the minimum sample (样本量)' })
  sampleSize!: number | null;

  @Field(() => IndicatorStatus, { description: 'Green, yellow, red, or not assessable (预警状态)' })
  status!: IndicatorStatus;

  @Field(() => NullReason, { nullable: true, description: 'Why the rate has no value (空值原因)' })
  nullReason!: NullReason | null;

  @Field(() => Float, { nullable: true, description: 'The red threshold (红色阈值)' })
  red!: number | null;

  @Field(() => Float, { nullable: true, description: 'The yellow threshold (黄色阈值)' })
  yellow!: number | null;

  @Field({ description: 'Whether a higher rate is better; if not, a rate at or above a threshold is past it (越高越好)' })
  higherIsBetter!: boolean;

  @Field(() => Int, { description: 'Smallest denominator that is assessed (最小样本量)' })
  minSample!: number;
}
