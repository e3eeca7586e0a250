import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import { DocumentCitation } from '../subgraphs/reports/document-citation.entity.js';
import { Document } from '../subgraphs/reports/document.entity.js';
import { KeyDomainFigure } from '../subgraphs/reports/key-domain-figure.entity.js';
import { KeyDomain } from '../subgraphs/reports/key-domain.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { findUnder, syncChildren, upsertAll } from './upsert.js';

/**
 * A stored report's key domains with their counts, the documents cited under them, and the
 * citations between them, synced to a re-imported document (a new report's: insertNewReport).
 */
export async function importKeyDomains(
  em: EntityManager,
  report: Report,
  government: Government,
  departments: Map<string, Department>,
  doc: ReportDocument,
): Promise<void> {
  // Documents outlive reports: a later report may cite the same one, so they are upserted, never removed.
  const issuer = (name: string | null) => (name ? departments.get(name)! : null);
  const { byKey: documents } = upsertAll(
    em,
    Document,
    await findUnder(em, Document, government, { government, title: { $in: doc.documents.map((d) => d.title) } }),
    doc.documents,
    {
      row: (d) => documentKey(d.issuingDepartment?.unwrap() ?? null, d.title, d.number, d.issuedOn),
      item: (d) => documentKey(issuer(d.issuingDepartment), d.title, d.number, d.issuedOn),
    },
    (d) => ({ government, issuingDepartment: issuer(d.issuingDepartment), title: d.title, number: d.number, issuedOn: d.issuedOn, topic: d.topic }),
  );
  const documentOf = new Map(doc.documents.map((d) => [d.key, documents.get(documentKey(issuer(d.issuingDepartment), d.title, d.number, d.issuedOn))!]));

  const names = doc.keyDomains.map((k) => k.name);
  const { byKey: domains } = upsertAll(
    em,
    KeyDomain,
    names.length > 0 ? await em.find(KeyDomain, { name: { $in: names } }) : [],
    names,
    { row: (k) => k.name, item: (name) => name },
    (name) => ({ name }),
  );
  const figures = doc.keyDomains.map((k) => ({ ...k, keyDomain: domains.get(k.name)! }));
  const citationsOf = (figure: (typeof figures)[number]) =>
    figure.documentKeys.map((key, ordinal) => ({ document: documentOf.get(key)!, ordinal: ordinal + 1 }));
  // Catalogue rows and documents first: the figures and citations refer to them by id.
  await em.flush();
  const figureKey = { row: (f: KeyDomainFigure) => String(f.keyDomain.id), item: (f: (typeof figures)[number]) => String(f.keyDomain.id) };
  const toFigure = (f: (typeof figures)[number]) => ({ report, keyDomain: f.keyDomain, ordinal: f.ordinal, items: f.items, line: f.line });
  const rows = syncChildren(em, KeyDomainFigure, await em.find(KeyDomainFigure, { report }), figures, figureKey, toFigure);
  // One SELECT for the citations of every figure of the report, not one per figure.
  const citations = await em.find(DocumentCitation, { keyDomainFigure: { report } });
  for (const [index, figure] of rows.entries()) {
    syncChildren(
      em,
      DocumentCitation,
      citations.filter((c) => c.keyDomainFigure.unwrap() === figure),
      citationsOf(figures[index]),
      { row: (c) => String(c.document.id), item: (c) => String(c.document.id) },
      (c) => ({ keyDomainFigure: figure, document: c.document, ordinal: c.ordinal }),
    );
  }
}

// Departments were written with the report, so each has its id by now.
function documentKey(issuer: Department | null, title: string, number: string | null, issuedOn: string | null): string {
  return JSON.stringify([issuer?.id ?? null, title, number, issuedOn]);
}
