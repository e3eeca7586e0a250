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
