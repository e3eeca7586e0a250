import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import type { Department } from '../subgraphs/directory/department.entity.js';
import type { Government } from '../subgraphs/directory/government.entity.js';
import { DocumentCitation } from '../subgraphs/reports/document-citation.entity.js';
import { Document } from '../subgraphs/reports/document.entity.js';
import { KeyDomainFigure } from '../subgraphs/reports/key-domain-figure.entity.js';
import { KeyDomain } from '../subgraphs/reports/key-domain.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { findUnder, isUnsaved, syncChildren, upsertAll } from './upsert.js';

/** Key domains with their counts, the documents cited under them, and the citations between them. */
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
  const rows = syncChildren(
    em,
    KeyDomainFigure,
    await findUnder(em, KeyDomainFigure, report, { report }),
    figures,
    { row: (f) => identity(f.keyDomain.unwrap(), ''), item: (f) => identity(f.keyDomain, f.name) },
    (f) => ({ report, keyDomain: f.keyDomain, ordinal: f.ordinal, items: f.items, line: f.line }),
  );

  // One SELECT for the citations of every figure of the report, not one per figure.
  const citations = await findUnder(em, DocumentCitation, report, { keyDomainFigure: { report } });
  for (const [index, figure] of rows.entries()) {
    syncChildren(
      em,
      DocumentCitation,
      citations.filter((c) => c.keyDomainFigure.unwrap() === figure),
      figures[index].documentKeys.map((key, ordinal) => ({ document: documentOf.get(key)!, ordinal: ordinal + 1, key })),
      { row: (c) => identity(c.document.unwrap(), ''), item: (c) => identity(c.document, c.key) },
      (c) => ({ keyDomainFigure: figure, document: c.document, ordinal: c.ordinal }),
    );
  }
}

/** A row's id once it has one; before that, a name unique within this import. */
function identity(row: { id: number }, nameWhileUnsaved: string): string {
  return isUnsaved(row) ? `new:${nameWhileUnsaved}` : String(row.id);
}

function documentKey(issuer: Department | null, title: string, number: string | null, issuedOn: string | null): string {
  return JSON.stringify([issuer ? identity(issuer, issuer.name) : null, title, number, issuedOn]);
}
