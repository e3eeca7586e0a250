import type { EntityManager } from '@mikro-orm/core';
import { carryCorrectionsOver } from '../corrections/carry-corrections-over.js';
import { readFigures } from '../corrections/report-figures.js';
import { recomputeFindings } from '../findings/recompute-findings.js';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import type { Region } from '../subgraphs/directory/region.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { importKeyDomains } from './import-key-domains.js';
import { importPilot } from './import-pilot.js';
import { importReportParts } from './import-report-parts.js';
import { reportFields } from './report-fields.js';

export interface ReportOwners {
  regions: Map<string, Region>;
  government: Government;
  departments: Map<string, Department>;
}

/**
 * A changed text of a report already stored: its row and parts are brought to the document
 * through the entities, matched by natural key, so unchanged rows keep their ids and nothing is
 * written for them; corrections are carried over and changed figures logged as a new version
 * (carryCorrectionsOver). The rare path, so clarity over speed: a new report goes through
 * insertNewReport.
 */
export async function reimportReport(tx: EntityManager, existing: Report, doc: ReportDocument, owners: ReportOwners, recheck: boolean, readers: boolean): Promise<void> {
  const { regions, government, departments } = owners;
  // Compared before and after, to keep corrections and log what changed.
  const figuresBefore = await readFigures(tx, existing.id);
  const report = tx.assign(existing, reportFields(doc));
  await tx.flush();

  await importReportParts(tx, report, doc);
  await importKeyDomains(tx, report, government, departments, doc);
  if (doc.pilot) await importPilot(tx, doc, regions, government, departments);
  await carryCorrectionsOver(tx, report, figuresBefore);
  if (recheck) await recomputeFindings(tx, [report.id], { neighbours: readers });
  else await tx.flush();
}
