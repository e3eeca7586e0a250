import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotPhase } from './pilot-phase.entity.js';
import { PhaseStatus, ProgressUpdate } from './progress-update.entity.js';
import { PilotProgram } from './pilot-program.entity.js';
import { PilotSite } from './pilot-site.entity.js';
import { PilotDepartmentStub, PilotGovernmentStub } from './stubs.js';

@Resolver(() => PilotSite)
export class PilotSiteResolver {
  @FieldResolver(() => PilotProgram, { description: 'The programme the site belongs to (所属试点项目)' })
  async programme(@Root() site: PilotSite, @Ctx() { loaders }: RequestContext) {
    return (await loaders.programmeById.load(site.programme.id))!;
  }

  @FieldResolver(() => PilotGovernmentStub, { description: 'The designated government (试点单位)' })
  government(@Root() site: PilotSite): PilotGovernmentStub {
    return { id: site.government.id };
  }

  @FieldResolver(() => [PilotArea], { description: 'Areas the site pilots, as listed (试点领域)' })
  areas(@Root() site: PilotSite, @Ctx() { loaders }: RequestContext) {
    return loaders.areasBySite.load(site.id);
  }
}

@Resolver(() => PilotArea)
export class PilotAreaResolver {
  @FieldResolver(() => PilotSite, { description: 'The site piloting this area (所属试点单位)' })
  async site(@Root() area: PilotArea, @Ctx() { loaders }: RequestContext) {
    return (await loaders.siteById.load(area.site.id))!;
  }

  @FieldResolver(() => PilotDepartmentStub, { description: 'Department leading the area (牵头部门)' })
  leadDepartment(@Root() area: PilotArea): PilotDepartmentStub {
    return { id: area.leadDepartment.id };
  }

  @FieldResolver(() => [ProgressUpdate], { description: 'Every progress statement on the area, oldest first (进展记录)' })
  progress(@Root() area: PilotArea, @Ctx() { loaders }: RequestContext) {
    return loaders.updatesByArea.load(area.id);
  }

  @FieldResolver(() => PilotPhase, { nullable: true, description: 'The phase of the latest progress statement; null before any (当前阶段)' })
  async currentPhase(@Root() area: PilotArea, @Ctx() { loaders }: RequestContext) {
    const latest = (await loaders.updatesByArea.load(area.id)).at(-1);
    return latest ? loaders.phaseById.load(latest.phase.id) : null;
  }

  @FieldResolver(() => PhaseStatus, { nullable: true, description: 'Status within the current phase; null before any statement (当前进展)' })
  async currentStatus(@Root() area: PilotArea, @Ctx() { loaders }: RequestContext) {
    return (await loaders.updatesByArea.load(area.id)).at(-1)?.status ?? null;
  }
}

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver {
  @FieldResolver(() => PilotArea, { description: 'The area the statement is about (所属试点领域)' })
  async area(@Root() update: ProgressUpdate, @Ctx() { loaders }: RequestContext) {
    return (await loaders.areaById.load(update.area.id))!;
  }

  @FieldResolver(() => PilotPhase, { description: 'The phase the statement is about (所处阶段)' })
  async phase(@Root() update: ProgressUpdate, @Ctx() { loaders }: RequestContext) {
    return (await loaders.phaseById.load(update.phase.id))!;
  }
}

/** Contributes `Government.pilotSites` and `Department.ledPilotAreas` to the directory's entities. */
@Resolver(() => PilotGovernmentStub)
export class GovernmentPilotsResolver {
  @FieldResolver(() => [PilotSite], { description: 'Pilot programmes this government takes part in (参与的试点)' })
  pilotSites(@Root() government: PilotGovernmentStub, @Ctx() { loaders }: RequestContext) {
    return loaders.sitesByGovernment.load(government.id);
  }
}

@Resolver(() => PilotDepartmentStub)
export class DepartmentPilotsResolver {
  @FieldResolver(() => [PilotArea], { description: 'Pilot areas this department leads (牵头的试点领域)' })
  ledPilotAreas(@Root() department: PilotDepartmentStub, @Ctx() { loaders }: RequestContext) {
    return loaders.areasByLeadDepartment.load(department.id);
  }
}
