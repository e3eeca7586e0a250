import type { MikroORM } from '@mikro-orm/core';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../../src/subgraphs/directory/region.entity.js';
import { ChannelFigure } from '../../src/subgraphs/reports/channel-figure.entity.js';
import { DisclosureChannel } from '../../src/subgraphs/reports/disclosure-channel.entity.js';
import { ReportSection } from '../../src/subgraphs/reports/report-section.entity.js';
import { Report, ReportFormat } from '../../src/subgraphs/reports/report.entity.js';

/**
 * Adds `count` made-up counties under 山东省, each with one government and one 2018 report
 * carrying two sections and a figure on every seeded channel. Returns the new governments' ids.
 */
export async function addSyntheticReports(orm: MikroORM, count: number): Promise<number[]> {
  const em = orm.em.fork();
  const province = await em.findOneOrFail(Region, { code: '370000' });
  const channels = await em.find(DisclosureChannel, {});
  const governments: Government[] = [];
  for (let i = 1; i <= count; i++) {
    const region = em.create(Region, { code: `37990${String(i).padStart(2, '0')}`.slice(-6), name: `合成县${i}`, level: RegionLevel.COUNTY, parent: province });
    const government = em.create(Government, { region, name: `合成县${i}人民政府` });
    const report = em.create(Report, {
      government,
      year: 2018,
      title: `合成县${i}人民政府2018年度政府信息公开工作年度报告`,
      format: ReportFormat.REGULATION_2008,
      tableVariant: 'SYNTHETIC',
      sourceSha256: '0'.repeat(64),
    });
    for (const ordinal of [1, 2]) em.create(ReportSection, { report, ordinal, heading: `章节${ordinal}`, text: '', lineStart: ordinal, lineEnd: ordinal });
    channels.forEach((channel, index) => em.create(ChannelFigure, { report, channel, items: i * 10 + index, line: 1 }));
    governments.push(government);
  }
  await em.flush();
  return governments.map((g) => g.id);
}
