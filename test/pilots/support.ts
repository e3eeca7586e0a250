import { Department, DepartmentKind } from '../../src/subgraphs/directory/department.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../../src/subgraphs/directory/region.entity.js';
import { PilotArea } from '../../src/subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../../src/subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram } from '../../src/subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../../src/subgraphs/pilots/pilot-site.entity.js';
import { PhaseStatus, ProgressUpdate } from '../../src/subgraphs/pilots/progress-update.entity.js';
import type { TestApp } from '../support/test-app.js';
import { post } from '../security/support.js';

export const REPORT_PROGRESS = `mutation Report($input: ReportPilotProgressInput!) {
  reportPilotProgress(input: $input) { area { name } phase { ordinal } status percent note asOf reason reporter }
}`;

export interface ProgressInput {
  areaId: string;
  phase: number;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  note: string;
  asOf: string;
  percent?: number;
  reason?: string;
  internalNote?: string;
}

export const reportProgress = (app: TestApp, input: ProgressInput, headers: Record<string, string>) =>
  post(app.url, { query: REPORT_PROGRESS, variables: { input } }, headers);

/** The seed's five 临淄区 areas by name, with their ids. */
export async function linziAreas(app: TestApp): Promise<Map<string, string>> {
  const data = await app.data('{ pilotPrograms { sites { government { name } areas { id name } } } }');
  const site = data.pilotPrograms[0].sites.find((s: any) => s.government.name === '临淄区人民政府');
  return new Map(site.areas.map((a: any) => [a.name, a.id]));
}

export const FEED = `query Feed($region: String, $after: String, $first: Int) {
  pilotProgressFeed(region: $region, after: $after, first: $first) {
    edges { cursor node { id status note asOf phase { ordinal } area { name leadDepartment { name } site { government { name } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** `count` more 山东 sites, each with its own government, lead department, area and one update. */
export async function addSites(app: TestApp, count: number): Promise<void> {
  const em = app.database.orm.em.fork();
  const zibo = await em.findOneOrFail(Region, { code: '370300' });
  const programme = await em.findOneOrFail(PilotProgram, { level: 'PROVINCIAL' as PilotProgram['level'] });
  const phase = await em.findOneOrFail(PilotPhase, { programme, ordinal: 1 });
  for (let i = 0; i < count; i++) {
    const region = em.create(Region, { code: `3703${500 + i}`, name: `第${i}区`, level: RegionLevel.COUNTY, parent: zibo });
    const government = em.create(Government, { region, name: `第${i}区人民政府` });
    const leadDepartment = em.create(Department, { government, name: `第${i}区财政局`, kind: DepartmentKind.BUREAU });
    const site = em.create(PilotSite, { programme, government, designatedOn: '2017-10' });
    const area = em.create(PilotArea, { site, name: '财政预决算', leadDepartment });
    em.create(ProgressUpdate, { area, phase, status: PhaseStatus.IN_PROGRESS, note: '启动', asOf: '2018-01-25' });
  }
  await em.flush();
}
