import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { PilotPhase } from './pilot-phase.entity.js';
import { PILOT_PROGRAMME_ORDER } from './pilot-lists.js';
import { PilotProgram } from './pilot-program.entity.js';
import { PilotSite } from './pilot-site.entity.js';

@Resolver(() => PilotProgram)
export class PilotProgramResolver {
  @Query(() => [PilotProgram], { description: 'Pilot programmes, national first (试点项目)' })
  pilotPrograms(@Ctx() { em }: RequestContext) {
    return em.find(PilotProgram, {}, { orderBy: [PILOT_PROGRAMME_ORDER, { id: 'asc' }] });
  }

  @FieldResolver(() => [PilotPhase], { description: 'The phases every area goes through, in order (试点阶段)' })
  phases(@Root() programme: PilotProgram, @Ctx() { loaders }: RequestContext) {
    return loaders.phasesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [PilotSite], { description: 'Governments designated as pilot units, earliest first (试点单位)' })
  sites(@Root() programme: PilotProgram, @Ctx() { loaders }: RequestContext) {
    return loaders.sitesByProgramme.load(programme.id);
  }
}
