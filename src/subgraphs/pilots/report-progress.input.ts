import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { PhaseStatus } from './progress-update.entity.js';

@InputType({ description: 'Where one pilot area stands now, as its government reports it (试点进展填报)' })
export class ReportPilotProgressInput {
  @Field(() => ID, { description: 'The area, from PilotSite.areas (试点领域标识)' })
  areaId!: string;

  @Field(() => Int, { description: 'Ordinal of the phase the area is in, from PilotProgram.phases (阶段序号)' })
  phase!: number;

  @Field(() => PhaseStatus, { description: 'Status within that phase (阶段进展)' })
  status!: PhaseStatus;

  @Field(() => Int, { nullable: true, description: 'Share of the phase done, 0 to 100; 100 when DONE, 0 when NOT_STARTED (完成比例)' })
  percent?: number | null;

  @Field({ description: 'What was done, for publication (进展说明)' })
  note!: string;

  @Field(() => LocalDate, { description: 'The date the statement speaks for; not in the future, nor before the area’s latest statement (截至日期)' })
  asOf!: string;

  @Field(() => String, { nullable: true, description: 'Why, when the area moves back to an earlier phase or status; required then (回退原因)' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for the pilot’s supervisors only (内部备注)' })
  internalNote?: string | null;
}
