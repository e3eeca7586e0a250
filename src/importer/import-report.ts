import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import { Department, DepartmentKind } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../subgraphs/directory/region.entity.js';
import { ChannelFigure } from '../subgraphs/reports/channel-figure.entity.js';
import { ChannelCode, CHANNELS, DisclosureChannel } from '../subgraphs/reports/disclosure-channel.entity.js';
import { ReportSection } from '../subgraphs/reports/report-section.entity.js';
import { Report, ReportFormat } from '../subgraphs/reports/report.entity.js';
import { importPilot } from './import-pilot.js';
import { syncChildren, upsertBy } from './upsert.js';

/**
 * Upserts one report document, with everything it names, in a single transaction: a failure
 * leaves the database as it was. Rows are matched by natural keys (region code, names, year),
 * so importing the same document again changes nothing.
 */
export async function importReport(em: EntityManager, doc: ReportDocument): Promise<Report> {
  return em.transactional(async (tx) => {
    const government = await upsertGovernment(tx, doc);
    const departments = new Map<string, Department>();
    for (const { name, kind } of doc.departments) {
      departments.set(name, await upsertBy(tx, Department, { government, name }, { kind: kind as DepartmentKind }));
    }
    const department = doc.issuer.department ? departments.get(doc.issuer.department)! : null;

    const existing = await tx.findOne(Report, { government, department, year: doc.year });
    const fields = {
      title: doc.title,
      format: doc.format as ReportFormat,
      tableVariant: doc.tableVariant,
      periodStart: doc.period?.start ?? null,
      periodEnd: doc.period?.end ?? null,
      publishedAt: doc.publishedAt,
      sourceUrl: doc.source.url,
      sourceFile: doc.source.file,
      sourceSha256: doc.source.sha256,
    };
    const report = existing ? tx.assign(existing, fields) : tx.create(Report, { government, department, year: doc.year, ...fields });

    syncChildren(
      tx,
      ReportSection,
      existing ? await tx.find(ReportSection, { report }) : [],
      doc.sections,
      { row: (s) => String(s.ordinal), item: (s) => String(s.ordinal) },
      (s) => ({ report, ordinal: s.ordinal, heading: s.heading, text: s.text, lineStart: s.lines.start, lineEnd: s.lines.end }),
    );

    const channels = await upsertChannels(tx, doc.channels.map((c) => c.channel as ChannelCode));
    syncChildren(
      tx,
      ChannelFigure,
      existing ? await tx.find(ChannelFigure, { report }, { populate: ['channel'] }) : [],
      doc.channels,
      { row: (f) => f.channel.getEntity().code, item: (c) => c.channel },
      (c) => ({
        report,
        channel: channels.get(c.channel as ChannelCode)!,
        items: c.items,
        statedShare: c.statedShare,
        statedShareText: c.statedShareText,
        line: c.line,
      }),
    );

    if (doc.pilot) await importPilot(tx, doc.pilot, government, departments, doc.issuer.government.regionPath[0].code);
    return report;
  });
}

async function upsertGovernment(em: EntityManager, doc: ReportDocument): Promise<Government> {
  let parent: Region | null = null;
  for (const { code, name, level } of doc.issuer.government.regionPath) {
    parent = await upsertBy(em, Region, { code }, { name, level: level as RegionLevel, parent });
  }
  const { name, portalUrl, disclosureOffice, disclosurePhone } = doc.issuer.government;
  return upsertBy(em, Government, { region: parent!, name }, { portalUrl, disclosureOffice, disclosurePhone });
}

async function upsertChannels(em: EntityManager, codes: ChannelCode[]): Promise<Map<ChannelCode, DisclosureChannel>> {
  const channels = new Map<ChannelCode, DisclosureChannel>();
  for (const code of new Set(codes)) channels.set(code, await upsertBy(em, DisclosureChannel, { code }, { name: CHANNELS[code].name }));
  return channels;
}
