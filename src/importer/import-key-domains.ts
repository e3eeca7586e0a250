import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import { DocumentCitation } from '../subgraphs/reports/document-citation.entity.js';
import { Document } from '../subgraphs/reports/document.entity.js';
import { KeyDomainFigure } from '../subgraphs/reports/key-domain-figure.entity.js';
import { KeyDomain } from '../subgraphs/reports/key-domain.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { syncChildren, upsertBy } from './upsert.js';

/** Key domains with their counts, the documents cited under them, and the citations between them. */
export async function importKeyDomains(
  em: EntityManager,
  report: Report,
  government: Government,
  departments: Map<string, Department>,
  doc: ReportDocument,
): Promise<void> {
  // Documents outlive reports: a later report may cite the same one, so they are upserted, never removed.
  const documents = new Map<string, Document>();
  for (const d of doc.documents) {
    const issuingDepartment = d.issuingDepartment ? departments.get(d.issuingDepartment)! : null;
    documents.set(d.key, await upsertBy(em, Document, { government, issuingDepartment, title: d.title, number: d.number, issuedOn: d.issuedOn }, { topic: d.topic }));
  }

  const figures = [];
  for (const k of doc.keyDomains) {
    const keyDomain = await upsertBy(em, KeyDomain, { name: k.name }, {});
    figures.push({ ...k, keyDomain });
  }
  const rows = syncChildren(
    em,
    KeyDomainFigure,
    await em.find(KeyDomainFigure, { report }),
    figures,
    { row: (f) => String(f.keyDomain.id), item: (f) => String(f.keyDomain.id) },
    (f) => ({ report, keyDomain: f.keyDomain, ordinal: f.ordinal, items: f.items, line: f.line }),
  );
  await em.flush();

  // One SELECT for the citations of every figure, not one per figure.
  const existing = await em.find(DocumentCitation, { keyDomainFigure: { $in: rows } });
  for (const [index, figure] of rows.entries()) {
    syncChildren(
      em,
      DocumentCitation,
      existing.filter((c) => c.keyDomainFigure.id === figure.id),
      figures[index].documentKeys.map((key, ordinal) => ({ document: documents.get(key)!, ordinal: ordinal + 1 })),
      { row: (c) => String(c.document.id), item: (c) => String(c.document.id) },
      (c) => ({ keyDomainFigure: figure, document: c.document, ordinal: c.ordinal }),
    );
  }
}
