import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { PilotPhase } from './pilot-phase.entity.js';
import type { Rollup } from './pilot-rollup.js';

@ObjectType({ description: 'How many sites stand in one phase (各阶段试点单位数)' })
export class PilotPhaseSiteCount {
  @Field(() => PilotPhase, { description: 'The phase (试点阶段)' })
  phase!: PilotPhase;

  @Field(() => Int, { description: 'Sites whose least advanced area is in this phase (试点单位数)' })
  sites!: number;
}

@ObjectType({ description: 'A site and its most recent progress statement (试点单位最新进展)' })
export class PilotSiteLatest {
  siteId!: number;
  updateId!: number | null;
}

@ObjectType({ description: 'Where a programme’s sites stood on a date, for the whole programme or one region (试点进展汇总)' })
export class PilotProgressSummary {
  /** The programme-wide roll-up the fields below read from. */
  rollup!: Rollup;
  programmeId!: number;
  regionId!: number | null;

  @Field(() => LocalDate, { description: 'The date the summary speaks for; statements dated after it are left out (汇总截至日期)' })
  asOf!: string;

  @Field(() => Int, { description: 'Sites counted (试点单位数)' })
  siteCount!: number;

  @Field(() => Int, { description: 'Areas of those sites (试点领域数)' })
  areaCount!: number;

  @Field(() => Int, { description: 'Sites with an area that has no statement yet by the date (尚无进展的试点单位数)' })
  sitesWithoutProgress!: number;
}
