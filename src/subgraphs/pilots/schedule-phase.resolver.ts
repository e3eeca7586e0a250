import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { requireAdmin } from '../../auth/guards.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { LocalDate } from '../../graphql/scalars.js';
import { PilotPhase } from './pilot-phase.entity.js';

@InputType({ description: 'When a programme’s phase is planned to end (阶段计划)' })
export class SchedulePilotPhaseInput {
  @Field(() => ID, { description: 'The phase, from PilotProgram.phases (阶段标识)' })
  phaseId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Its last planned day; null clears the plan (计划完成时间)' })
  plannedEnd?: string | null;
}

@Resolver(() => PilotPhase)
export class SchedulePhaseResolver {
  /**
   * A programme's timetable is set by whoever runs it, not by one site, so only admin keys set it.
   * Planned ends must follow the phases' order; a phase may share its end with the next.
   */
  @Mutation(() => PilotPhase, { description: 'Set or clear the planned end of a programme’s phase; needs an admin key (设置阶段计划)' })
  async schedulePilotPhase(
    @Arg('input', () => SchedulePilotPhaseInput, { description: 'The phase and its planned end (阶段计划)' }) input: SchedulePilotPhaseInput,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<PilotPhase> {
    requireAdmin(viewer, 'Scheduling a pilot phase');
    const id = toRowId(input.phaseId, 'PilotPhase');
    return em.transactional(async (tx) => {
      const phase = await tx.findOne(PilotPhase, { id });
      if (!phase) throw notFound('PilotPhase', 'phaseId', input.phaseId);
      const plannedEnd = input.plannedEnd ?? null;
      if (plannedEnd !== null) {
        const others = await tx.find(PilotPhase, { programme: phase.programme, id: { $ne: id }, plannedEnd: { $ne: null } });
        const clash = others.find((o) => (o.ordinal < phase.ordinal && o.plannedEnd! > plannedEnd) || (o.ordinal > phase.ordinal && o.plannedEnd! < plannedEnd));
        if (clash) {
          throw new GraphQLError(`Phase ${phase.ordinal} cannot end on ${plannedEnd}: phase ${clash.ordinal} (${clash.name}) is planned to end on ${clash.plannedEnd}, and phases end in order.`, {
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'plannedEnd' },
          });
        }
      }
      phase.plannedEnd = plannedEnd;
      return phase;
    });
  }
}
