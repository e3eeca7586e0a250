import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import { ChannelFigure } from '../subgraphs/reports/channel-figure.entity.js';
import { DisclosureChannel } from '../subgraphs/reports/disclosure-channel.entity.js';
import { ProseFigure } from '../subgraphs/reports/prose-figure.entity.js';
import { ReportSection } from '../subgraphs/reports/report-section.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { StatisticsCell } from '../subgraphs/reports/statistics-cell.entity.js';
import { WorkPoint } from '../subgraphs/reports/work-point.entity.js';
import { ChannelCode, CHANNELS } from '../subgraphs/shared/channel-code.js';
import { putChildren, upsertAll } from './upsert.js';

const byOrdinal = { row: (r: { ordinal: number }) => String(r.ordinal), item: (i: { ordinal: number }) => String(i.ordinal) };

/**
 * The parts a stored report owns outright, brought to a re-imported document: sections, work
 * points, channel figures, table cells, prose figures. A new report's go in with insertNewReport.
 */
export async function importReportParts(em: EntityManager, report: Report, doc: ReportDocument): Promise<void> {
  await putChildren(em, ReportSection, { report }, doc.sections, byOrdinal, (s) => ({
    report, ordinal: s.ordinal, heading: s.heading, text: s.text, lineStart: s.lines.start, lineEnd: s.lines.end,
  }));

  await putChildren(em, WorkPoint, { report }, doc.workPoints, byOrdinal, (w) => ({
    report, ordinal: w.ordinal, title: w.title, text: w.text, line: w.line,
  }));

  const codes = [...new Set(doc.channels.map((c) => c.channel as ChannelCode))];
  const { byKey: channels } = upsertAll(
    em,
    DisclosureChannel,
    codes.length > 0 ? await em.find(DisclosureChannel, { code: { $in: codes } }) : [],
    codes,
    { row: (c) => c.code, item: (code) => code },
    (code) => ({ code, name: CHANNELS[code].name }),
  );
  // Catalogue rows first: the figures refer to them.
  await em.flush();
  await putChildren(
    em,
    ChannelFigure,
    { report },
    doc.channels,
    { row: (f) => f.channel.getEntity().code, item: (c) => c.channel },
    (c) => ({ report, channel: channels.get(c.channel)!, items: c.items, statedShare: c.statedShare, statedShareText: c.statedShareText, line: c.line }),
    { populate: ['channel'] },
  );

  await putChildren(
    em,
    StatisticsCell,
    { report },
    doc.table.cells.map((cell, index) => ({ ...cell, ordinal: index + 1 })),
    { row: (c) => c.code, item: (c) => c.code },
    (c) => ({ report, code: c.code, label: c.label, unit: c.unit, value: c.value, raw: c.raw, parentCode: c.parent, ordinal: c.ordinal, line: c.line }),
  );

  await putChildren(
    em,
    ProseFigure,
    { report },
    doc.prose.map((figure, index) => ({ ...figure, ordinal: index + 1 })),
    byOrdinal,
    (p) => ({ report, ordinal: p.ordinal, measure: p.measure, value: p.value, unit: p.unit, sentence: p.sentence, line: p.line }),
  );
}
