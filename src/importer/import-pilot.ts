import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { PilotArea } from '../subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram, ProgrammeLevel } from '../subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../subgraphs/pilots/pilot-site.entity.js';
import { PhaseStatus, ProgressUpdate } from '../subgraphs/pilots/progress-update.entity.js';
import { syncChildren, upsertBy } from './upsert.js';

/**
 * The pilot a report describes: its programme and phases, the issuer's site and its areas, and
 * where each area stood when the report was written, as a progress update sourced to the report.
 */
export async function importPilot(em: EntityManager, doc: ReportDocument, government: Government, departments: Map<string, Department>): Promise<void> {
  const pilot = doc.pilot!;
  const level = pilot.programmeLevel as ProgrammeLevel;
  const province = doc.issuer.government.regionPath[0].code;
  const region = level === ProgrammeLevel.PROVINCIAL ? await em.findOneOrFail(Region, { code: province }) : null;
  const programme = await upsertBy(em, PilotProgram, { name: pilot.programme, region }, { level, plannedSites: pilot.sitesInProgramme });
  const phases = syncChildren(
    em,
    PilotPhase,
    await em.find(PilotPhase, { programme }),
    pilot.phases.map((name, index) => ({ name, ordinal: index + 1 })),
    { row: (p) => String(p.ordinal), item: (p) => String(p.ordinal) },
    (p) => ({ programme, ordinal: p.ordinal, name: p.name }),
  );

  const site = await upsertBy(em, PilotSite, { programme, government }, {
    designatedOn: pilot.designatedOn,
    implementationDocumentTitle: pilot.implementationDocument?.title ?? null,
    implementationDocumentNumber: pilot.implementationDocument?.number ?? null,
    progressDayOfMonth: pilot.progressDayOfMonth,
    topicColumnCount: pilot.topicColumns,
    topicColumns: pilot.topicColumnNames,
  });
  const areas = syncChildren(
    em,
    PilotArea,
    await em.find(PilotArea, { site }),
    pilot.areas,
    { row: (a) => a.name, item: (a) => a.name },
    (a) => ({ site, name: a.name, leadDepartment: departments.get(a.leadDepartment)! }),
  );
  await em.flush();

  const reported = pilot.asReported;
  if (!reported) return;
  const source = `${doc.title}, line ${reported.line}`;
  const asOf = doc.period?.end ?? `${doc.year}-12-31`;
  // Updates are append-only: the report's statement is added once and never rewritten.
  const stated = new Set((await em.find(ProgressUpdate, { area: { $in: areas }, source })).map((u) => u.area.id));
  for (const area of areas.filter((a) => !stated.has(a.id))) {
    em.create(ProgressUpdate, { area, phase: phases[reported.phase - 1], status: PhaseStatus.IN_PROGRESS, note: reported.statement, asOf, source, line: reported.line });
  }
}
