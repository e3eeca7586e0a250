import type { MikroORM } from '@mikro-orm/core';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { createKey } from '../../src/auth/key-store.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../../src/subgraphs/directory/region.entity.js';
import { Department, DepartmentKind } from '../../src/subgraphs/directory/department.entity.js';
import { PilotArea } from '../../src/subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../../src/subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram } from '../../src/subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../../src/subgraphs/pilots/pilot-site.entity.js';
import { PhaseStatus, ProgressUpdate } from '../../src/subgraphs/pilots/progress-update.entity.js';
import { ApplicantType, CaseStatus, LedgerSource, RequestCase, RequestChannel } from '../../src/subgraphs/requests/request-case.entity.js';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
  sqlStatements: number;
}

/** One HTTP request to the real server, answered as status, headers and parsed body (text when not JSON). */
export async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpResult> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body, sqlStatements: Number(response.headers.get('x-sql-statements')) };
}

/** A GraphQL POST with a JSON body and any extra headers. */
export function post(url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}): Promise<HttpResult> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Errors in path order: subgraphs fetched in parallel may report theirs in either order. */
export function sortedErrors<T extends { path?: (string | number)[] }>(errors: T[] | undefined): T[] | undefined {
  return errors && [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
}

export interface ProtectedFixture {
  /** A county government under 淄博市 (370300) under 山东省 (370000), like the seed's 临淄区. */
  shandongId: number;
  /** A county government under 福州市 (350100) under 福建省 (350000): another province. */
  fujianId: number;
}

/**
 * Two governments in two provinces, each with one ledger case whose applicant is named and one
 * pilot area whose progress update carries an internal note. Needs the seed (山东, 淄博, the
 * provincial programme) to be loaded.
 */
export async function addProtectedData(orm: MikroORM): Promise<ProtectedFixture> {
  const em = orm.em.fork();
  const zibo = await em.findOneOrFail(Region, { code: '370300' });
  const fujian = em.create(Region, { code: '350000', name: '福建省', level: RegionLevel.PROVINCE });
  const fuzhou = em.create(Region, { code: '350100', name: '福州市', level: RegionLevel.CITY, parent: fujian });
  const programme = await em.findOneOrFail(PilotProgram, { level: 'PROVINCIAL' as PilotProgram['level'] });
  const phase = await em.findOneOrFail(PilotPhase, { programme, ordinal: 1 });
  const build = (code: string, name: string, parent: Region, person: string) => {
    const region = em.create(Region, { code, name, level: RegionLevel.COUNTY, parent });
    const government = em.create(Government, { region, name: `${name}人民政府` });
    em.create(RequestCase, {
      government,
      receivedOn: '2018-03-01',
      channel: RequestChannel.ONLINE,
      applicantType: ApplicantType.NATURAL_PERSON,
      subject: `${name}征收补偿方案`,
      status: CaseStatus.RECEIVED,
      source: LedgerSource.SYNTHETIC,
      applicantName: person,
      applicantContact: `${person}的电话 0533-0000000`,
    });
    const leadDepartment = em.create(Department, { government, name: `${name}财政局`, kind: DepartmentKind.BUREAU });
    const site = em.create(PilotSite, { programme, government, designatedOn: '2017-10' });
    const area = em.create(PilotArea, { site, name: '财政预决算', leadDepartment });
    em.create(ProgressUpdate, { area, phase, status: PhaseStatus.IN_PROGRESS, note: '已完成目录编制', asOf: '2018-03-25', internalNote: `${name}进度滞后，需督办` });
    return government;
  };
  const shandong = build('370399', '测试区', zibo, '张三');
  const other = build('350102', '鼓楼区', fuzhou, '李四');
  await em.flush();
  return { shandongId: shandong.id, fujianId: other.id };
}

/** Creates a key straight in the store, as `npm run keys -- create` does; returns the plaintext. */
export async function keyFor(orm: MikroORM, role: ApiKeyRole, scope: { governmentId?: number; regionCode?: string } = {}): Promise<string> {
  return (await createKey(orm.em.fork(), { role, ...scope })).plaintext;
}
