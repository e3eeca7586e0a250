import type { MikroORM } from '@mikro-orm/core';
import { ChannelAccount } from '../../src/subgraphs/directory/channel-account.entity.js';
import { Department, DepartmentKind } from '../../src/subgraphs/directory/department.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../../src/subgraphs/directory/region.entity.js';
import { PilotArea } from '../../src/subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../../src/subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram } from '../../src/subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../../src/subgraphs/pilots/pilot-site.entity.js';
import { PhaseStatus, ProgressUpdate } from '../../src/subgraphs/pilots/progress-update.entity.js';
import { ChannelFigure } from '../../src/subgraphs/reports/channel-figure.entity.js';
import { DisclosureChannel } from '../../src/subgraphs/reports/disclosure-channel.entity.js';
import { DocumentCitation } from '../../src/subgraphs/reports/document-citation.entity.js';
import { Document } from '../../src/subgraphs/reports/document.entity.js';
import { KeyDomainFigure } from '../../src/subgraphs/reports/key-domain-figure.entity.js';
import { KeyDomain } from '../../src/subgraphs/reports/key-domain.entity.js';
import { ProseFigure } from '../../src/subgraphs/reports/prose-figure.entity.js';
import { ReportSection } from '../../src/subgraphs/reports/report-section.entity.js';
import { Report, ReportFormat } from '../../src/subgraphs/reports/report.entity.js';
import { StatisticsCell } from '../../src/subgraphs/reports/statistics-cell.entity.js';
import { WorkPoint } from '../../src/subgraphs/reports/work-point.entity.js';
import { ChannelCode } from '../../src/subgraphs/shared/channel-code.js';

/**
 * Adds `count` made-up counties directly under 山东省 (after the seed is loaded), each with a
 * government, departments, a channel account, a pilot site with areas and progress, and one
 * report of `year` that has every kind of part, so every list in the graph grows with `count`.
 * Returns the new governments' ids.
 */
export async function addSyntheticReports(orm: MikroORM, count: number, year = 2018): Promise<number[]> {
  const em = orm.em.fork();
  const province = await em.findOneOrFail(Region, { code: '370000' });
  const channels = await em.find(DisclosureChannel, {});
  const domains = await em.find(KeyDomain, {}, { limit: 2, orderBy: { id: 'asc' } });
  const programme = await em.findOneOrFail(PilotProgram, { level: 'PROVINCIAL' as PilotProgram['level'] });
  const phase = await em.findOneOrFail(PilotPhase, { programme, ordinal: 1 });
  const offset = (await em.count(Region, { name: { $like: '合成县%' } })) + 1;
  const governments: Government[] = [];
  for (let i = offset; i < offset + count; i++) {
    const region = em.create(Region, { code: `3799${String(i).padStart(2, '0')}`, name: `合成县${i}`, level: RegionLevel.COUNTY, parent: province });
    const government = em.create(Government, { region, name: `合成县${i}人民政府` });
    const departments = ['财政局', '司法局'].map((name) => em.create(Department, { government, name: `合成县${i}${name}`, kind: DepartmentKind.BUREAU }));
    em.create(ChannelAccount, { government, channel: ChannelCode.WECHAT, name: `合成县${i}发布`, line: 1 });
    const report = em.create(Report, {
      government,
      year,
      title: `合成县${i}人民政府${year}年度政府信息公开工作年度报告`,
      format: ReportFormat.REGULATION_2008,
      tableVariant: 'NATIONAL_2014',
      sourceSha256: '0'.repeat(64),
    });
    for (const ordinal of [1, 2]) {
      em.create(ReportSection, { report, ordinal, heading: `章节${ordinal}`, text: '', lineStart: ordinal, lineEnd: ordinal });
      em.create(WorkPoint, { report, ordinal, title: `要点${ordinal}`, text: '', line: ordinal });
      em.create(ProseFigure, { report, ordinal, measure: 'requests.received', value: i, unit: '件', sentence: `收到申请${i}件。`, line: ordinal });
    }
    channels.forEach((channel, index) => em.create(ChannelFigure, { report, channel, items: i * 10 + index, line: 1 }));
    [['requests', null], ['requests.received', i], ['requests.received.online', i]].forEach(([code, value], index) =>
      em.create(StatisticsCell, { report, code: code as string, label: String(code), value: value as number | null, raw: String(value ?? ''), parentCode: null, ordinal: index + 1, line: 1 }),
    );
    domains.forEach((keyDomain, index) => {
      const figure = em.create(KeyDomainFigure, { report, keyDomain, ordinal: index + 1, items: i, line: 1 });
      for (const n of [1, 2]) {
        const document = em.create(Document, { government, issuingDepartment: departments[n - 1], title: `合成县${i}文件${index}-${n}`, issuedOn: `${year}-0${n}-01` });
        em.create(DocumentCitation, { keyDomainFigure: figure, document, ordinal: n });
      }
    });
    const site = em.create(PilotSite, { programme, government, designatedOn: '2017-10' });
    departments.forEach((leadDepartment) => {
      const area = em.create(PilotArea, { site, name: `${leadDepartment.name}领域`, leadDepartment });
      em.create(ProgressUpdate, { area, phase, status: PhaseStatus.IN_PROGRESS, note: '合成进展', asOf: `${year}-12-31` });
    });
    governments.push(government);
  }
  await em.flush();
  return governments.map((g) => g.id);
}
