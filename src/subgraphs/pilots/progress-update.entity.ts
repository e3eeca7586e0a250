import { BigIntType, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Protected } from '../../auth/field-rules.js';
import type { RequestContext } from '../../graphql/context.js';
import { LocalDate, Timestamp } from '../../graphql/scalars.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotPhase } from './pilot-phase.entity.js';

export enum PhaseStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

registerEnumType(PhaseStatus, {
  name: 'PhaseStatus',
  description: 'How far an area is within a phase (阶段进展)',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started (未开始)' },
    IN_PROGRESS: { description: 'Under way (进行中)' },
    DONE: { description: 'Completed (已完成)' },
  },
});

/** Internal notes (内部备注) belong to the government of the site whose area the update is about. */
const internalNote = {
  what: 'an internal note (内部备注)',
  async governmentOf(update: ProgressUpdate, { loaders }: RequestContext) {
    const area = await loaders.areaById.load(update.area.id);
    const site = await loaders.siteById.load(area!.site.id);
    return site!.government.id;
  },
};

@ObjectType({ description: 'A statement of where a pilot area stands, appended and never changed (试点进展记录)' })
@Entity({ tableName: 'progress_update' })
export class ProgressUpdate {
  @Field(() => ID, { description: 'Stable identifier (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  /**
   * Position in the provincial feed. A trigger assigns it under a transaction-wide lock, so the
   * order of sequences is the order of commits and a reader never sees a later update before an
   * earlier one: see the pilot_progress_feed migration.
   */
  @Property({ type: new BigIntType('number'), unique: true, autoincrement: true })
  sequence!: Opt<number>;

  @ManyToOne(() => PilotArea, { ref: true, index: true, deleteRule: 'cascade' })
  area!: Ref<PilotArea>;

  @ManyToOne(() => PilotPhase, { ref: true })
  phase!: Ref<PilotPhase>;

  @Field(() => PhaseStatus, { description: 'Status within the phase (阶段进展)' })
  @Enum({ items: () => PhaseStatus, nativeEnumName: 'phase_status' })
  status!: PhaseStatus;

  @Field({ description: 'What was reported (进展说明)' })
  @Property({ type: 'text' })
  note!: string;

  @Field(() => LocalDate, { description: 'The date the statement speaks for (截至日期)' })
  @Property({ type: 'date' })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: 'Share of the phase done, 0 to 100, where the reporter gave one (完成比例)' })
  @Property({ type: 'smallint', nullable: true })
  percent: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the area moved back to an earlier phase or status, required when it does (回退原因)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Prefix of the API key that reported it; null for statements read from a report, which name their source (填报人)' })
  @Property({ type: 'text', nullable: true })
  reporter: string | null = null;

  @Field(() => Timestamp, { description: 'When the gateway recorded the statement (录入时间)' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: 'Where it was stated, e.g. the annual report and its line (来源)' })
  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Line in the source text, when it comes from a report (出处行)' })
  @Property({ type: 'integer', nullable: true })
  line: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Note for the pilot’s supervisors, not for publication (内部备注). Null with a FORBIDDEN error unless the API key’s scope covers the site’s government',
  })
  @Property({ type: 'text', nullable: true })
  @Protected<ProgressUpdate>(internalNote)
  internalNote: string | null = null;
}
