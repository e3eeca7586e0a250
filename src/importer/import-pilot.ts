import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import type { Region } from '../subgraphs/directory/region.entity.js';
import { PilotArea } from '../subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram, ProgrammeLevel } from '../subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../subgraphs/pilots/pilot-site.entity.js';
import { PhaseStatus, ProgressUpdate } from '../subgraphs/pilots/progress-update.entity.js';
import { findUnder, isUnsaved, syncChildren, upsertOne } from './upsert.js';

/**
 * The pilot a report describes: its programme and phases, the issuer's site and its areas, and
 * where each area stood when the report was written, as a progress update sourced to the report.
 */
export async function importPilot(
  em: EntityManager,
  doc: ReportDocument,
  regions: Map<string, Region>,
  government: Government,
  departments: Map<string, Department>,
): Promise<void> {
  const pilot = doc.pilot!;
  const level = pilot.programmeLevel as ProgrammeLevel;
  const region = level === ProgrammeLevel.PROVINCIAL ? regions.get(doc.issuer.government.regionPath[0].code)! : null;
  const programme = await upsertOne(em, PilotProgram, region, { name: pilot.programme, region }, { level, plannedSites: pilot.sitesInProgramme });
  const phases = syncChildren(
    em,
    PilotPhase,
    await findUnder(em, PilotPhase, programme, { programme }),
    pilot.phases.map((name, index) => ({ name, ordinal: index + 1 })),
    { row: (p) => String(p.ordinal), item: (p) => String(p.ordinal) },
    (p) => ({ programme, ordinal: p.ordinal, name: p.name }),
  );

  const site = await upsertOne(em, PilotSite, isUnsaved(programme) ? programme : government, { programme, government }, {
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
    await findUnder(em, PilotArea, site, { site }),
    pilot.areas,
    { row: (a) => a.name, item: (a) => a.name },
    (a) => ({ site, name: a.name, leadDepartment: departments.get(a.leadDepartment)! }),
  );

  const reported = pilot.asReported;
  if (!reported) return;
  const source = `${doc.title}, line ${reported.line}`;
  const asOf = doc.period?.end ?? `${doc.year}-12-31`;
  // Updates are append-only: the report's statement is added once and never rewritten.
  const stated = new Set((await findUnder(em, ProgressUpdate, site, { area: { site }, source })).map((u) => u.area.unwrap()));
  for (const area of areas.filter((a) => !stated.has(a))) {
    em.create(ProgressUpdate, { area, phase: phases[reported.phase - 1], status: PhaseStatus.IN_PROGRESS, note: reported.statement, asOf, source, line: reported.line });
  }
}
