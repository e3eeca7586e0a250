import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { PilotArea } from './pilot-area.entity.js';
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
