import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { PilotArea } from '../subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram, ProgrammeLevel } from '../subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../subgraphs/pilots/pilot-site.entity.js';
import { syncChildren, upsertBy } from './upsert.js';

/** The pilot a report describes: its programme and phases, the issuer's site and its areas. */
export async function importPilot(
  em: EntityManager,
  pilot: NonNullable<ReportDocument['pilot']>,
  government: Government,
  departments: Map<string, Department>,
  provinceCode: string,
): Promise<void> {
  const level = pilot.programmeLevel as ProgrammeLevel;
  const region = level === ProgrammeLevel.PROVINCIAL ? await em.findOneOrFail(Region, { code: provinceCode }) : null;
  const programme = await upsertBy(em, PilotProgram, { name: pilot.programme, region }, { level });
  const phasesExisting = programme.id ? await em.find(PilotPhase, { programme }) : [];
  syncChildren(
    em,
    PilotPhase,
    phasesExisting,
    pilot.phases.map((name, index) => ({ name, ordinal: index + 1 })),
    { row: (p) => String(p.ordinal), item: (p) => String(p.ordinal) },
    (p) => ({ programme, ordinal: p.ordinal, name: p.name }),
  );

  const site = await upsertBy(em, PilotSite, { programme, government }, { designatedOn: pilot.designatedOn });
  syncChildren(
    em,
    PilotArea,
    site.id ? await em.find(PilotArea, { site }) : [],
    pilot.areas,
    { row: (a) => a.name, item: (a) => a.name },
    (a) => ({ site, name: a.name, leadDepartment: departments.get(a.leadDepartment)! }),
  );
}
