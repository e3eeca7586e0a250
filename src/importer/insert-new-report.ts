import type { EntityManager } from '@mikro-orm/core';
import { executeNamed } from '../db/execute-bound.js';
import { reportColumns } from './report-fields.js';
import type { ReportDocument } from '../report-document/report-document.js';
import type { FindingRow } from '../findings/finding-rows.js';
import { RULE_SET_VERSION } from '../findings/rule-set.js';
import { CHANNELS, type ChannelCode } from '../subgraphs/shared/channel-code.js';

/** The directory rows a new report hangs from, written (and given ids) before it. */
export interface NewReportOwners {
  governmentId: number;
  departmentId: number | null;
  /** Department id by name, for every department the document names. */
  departmentIds: Map<string, number>;
}

/** SQL select-list columns, with their parameters, to run in the same round trip as the reservation. */
export interface AlongsideColumns {
  columns: string;
  params: unknown[];
}

/**
 * A report that is not in the database yet is written in two statements past the unit of work
 * (a bulk import's hot path; a report already stored is synced through the entities instead,
 * see reimportReport). This is the first: the shared rows its parts refer to by natural key
 * (disclosure channels, key domains, the documents it cites) are found or created with INSERT …
 * ON CONFLICT, updating only what differs as upsertAll would, and the report's id is taken from
 * its sequence, so its findings can be computed before it is written. `alongside` adds columns
 * to the same statement (the check's reading of related reports), saving a round trip.
 *
 * Channels already stored as they are are left out before ON CONFLICT: DO UPDATE locks the row
 * it conflicts with until commit even when it updates nothing, and every report names the same
 * five channels, so concurrent imports waited for each other (shared-rows-unlocked.test.ts).
 *
 * Two statements, not one: the second must see the shared rows this one found or created,
 * including those another import committed while this one waited on their unique keys, and a
 * statement sees only what was committed before it began.
 */
export async function reserveNewReport<T extends object>(
  em: EntityManager,
  doc: ReportDocument,
  owners: NewReportOwners,
  alongside: AlongsideColumns | null,
): Promise<{ reportId: number; alongside: T }> {
  const documents = documentRows(doc, owners);
  const channelCodes = [...new Set(doc.channels.map((c) => c.channel as ChannelCode))];
  const domainNames = [...new Set(doc.keyDomains.map((k) => k.name))];
  const [row] = await executeNamed<{ report_id: number } & T>(
    em,
    `with channels as (
       insert into disclosure_channel (code, name) select x.code, x.name from jsonb_populate_recordset(null::disclosure_channel, ?::jsonb) x
       where not exists (select 1 from disclosure_channel c where c.code = x.code and c.name = x.name)
       on conflict (code) do update set name = excluded.name where disclosure_channel.name is distinct from excluded.name),
     domains as (
       insert into key_domain (name) select x.name from jsonb_populate_recordset(null::key_domain, ?::jsonb) x
       on conflict (name) do nothing),
     documents as (
       insert into document (government_id, issuing_department_id, title, number, issued_on, topic)
       select x.government_id, x.issuing_department_id, x.title, x.number, x.issued_on, x.topic from jsonb_populate_recordset(null::document, ?::jsonb) x
       on conflict (government_id, issuing_department_id, title, number, issued_on) do update set topic = excluded.topic
       where document.topic is distinct from excluded.topic)
     select nextval(pg_get_serial_sequence('report', 'id'))::int as report_id${alongside ? `, ${alongside.columns}` : ''}`,
    [
      JSON.stringify(channelCodes.map((code) => ({ code, name: CHANNELS[code].name }))),
      JSON.stringify(domainNames.map((name) => ({ name }))),
      // A document cited twice is one row, as upsertAll makes it; ON CONFLICT may not touch a row twice.
      JSON.stringify(firstByKey(documents, (d) => JSON.stringify([d.issuing_department_id, d.title, d.number, d.issued_on]))),
      ...(alongside?.params ?? []),
    ],
  );
  return { reportId: row.report_id, alongside: row };
}

/**
 * The second statement: the report under the id reserveNewReport took, its version 1, all its
 * parts (sections, work points, channel figures, statistics cells, prose figures, key-domain
 * figures and their citations) and its findings, one data-modifying CTE each, every table's rows
 * one JSON parameter read by json_populate_recordset (as json, not jsonb: the parameters are read once
 * in order, and building jsonb's sorted binary form of a report's 135 kB first cost more).
 */
export async function insertNewReport(em: EntityManager, doc: ReportDocument, owners: NewReportOwners, reportId: number, findings: FindingRow[]): Promise<void> {
  const documents = documentRows(doc, owners);
  const documentByKey = new Map(documents.map((d) => [d.key, d]));
  const report = { government_id: owners.governmentId, department_id: owners.departmentId, year: doc.year, ...reportColumns(em, doc) };
  const parts = {
    sections: doc.sections.map((s) => ({ ordinal: s.ordinal, heading: s.heading, text: s.text, line_start: s.lines.start, line_end: s.lines.end })),
    workPoints: doc.workPoints.map((w) => ({ ordinal: w.ordinal, title: w.title, text: w.text, line: w.line })),
    channels: doc.channels.map((c) => ({ code: c.channel, items: c.items, stated_share: c.statedShare, stated_share_text: c.statedShareText, line: c.line })),
    cells: doc.table.cells.map((c, i) => ({ code: c.code, label: c.label, unit: c.unit, value: c.value, raw: c.raw, parent_code: c.parent, ordinal: i + 1, line: c.line })),
    prose: doc.prose.map((p, i) => ({ ordinal: i + 1, measure: p.measure, value: p.value, unit: p.unit, sentence: p.sentence, line: p.line })),
    keyDomains: doc.keyDomains.map((k) => ({ name: k.name, ordinal: k.ordinal, items: k.items, line: k.line })),
    citations: doc.keyDomains.flatMap((k) =>
      k.documentKeys.map((key, i) => {
        const d = documentByKey.get(key)!;
        return { domain: k.name, ordinal: i + 1, issuing_department_id: d.issuing_department_id, title: d.title, number: d.number, issued_on: d.issued_on };
      }),
    ),
  };

  await executeNamed(
    em,
    `with r as (
       insert into report (id, government_id, department_id, title, year, format, table_variant, period_start, period_end, published_at, source_url,
                           source_file, source_sha256, portal_url, legal_basis, official_name, official_title, interpretation_column, fees,
                           confidentiality_review, public_institutions, problems, next_steps, version)
       select ?::int, x.government_id, x.department_id, x.title, x.year, x.format, x.table_variant, x.period_start, x.period_end, x.published_at, x.source_url,
              x.source_file, x.source_sha256, x.portal_url, x.legal_basis, x.official_name, x.official_title, x.interpretation_column, x.fees,
              x.confidentiality_review, x.public_institutions, x.problems, x.next_steps, 1
         from json_populate_record(null::report, ?::json) x
       returning id),
     version as (
       insert into report_version (report_id, version, kind, source_sha256, created_at) select r.id, 1, 'IMPORT', ?, now() from r),
     sections as (
       insert into report_section (report_id, ordinal, heading, text, line_start, line_end)
       select r.id, x.ordinal, x.heading, x.text, x.line_start, x.line_end from r, json_populate_recordset(null::report_section, ?::json) x),
     work_points as (
       insert into work_point (report_id, ordinal, title, text, line)
       select r.id, x.ordinal, x.title, x.text, x.line from r, json_populate_recordset(null::work_point, ?::json) x),
     channels as (
       insert into channel_figure (report_id, channel_id, items, stated_share, stated_share_text, line)
       select r.id, c.id, x.items, x.stated_share, x.stated_share_text, x.line
         from r, json_to_recordset(?::json) x(code channel_code, items int, stated_share numeric, stated_share_text text, line int)
         join disclosure_channel c on c.code = x.code),
     cells as (
       insert into statistics_cell (report_id, code, label, unit, value, raw, parent_code, ordinal, line)
       select r.id, x.code, x.label, x.unit, x.value, x.raw, x.parent_code, x.ordinal, x.line from r, json_populate_recordset(null::statistics_cell, ?::json) x),
     prose as (
       insert into prose_figure (report_id, ordinal, measure, value, unit, sentence, line)
       select r.id, x.ordinal, x.measure, x.value, x.unit, x.sentence, x.line from r, json_populate_recordset(null::prose_figure, ?::json) x),
     domains as (
       insert into key_domain_figure (report_id, key_domain_id, ordinal, items, line)
       select r.id, k.id, x.ordinal, x.items, x.line from r, json_to_recordset(?::json) x(name text, ordinal int, items int, line int)
         join key_domain k on k.name = x.name
       returning id, key_domain_id),
     citations as (
       insert into document_citation (key_domain_figure_id, document_id, ordinal)
       select f.id, d.id, x.ordinal
         from json_to_recordset(?::json) x(domain text, ordinal int, issuing_department_id int, title text, number text, issued_on date)
         join key_domain k on k.name = x.domain
         join domains f on f.key_domain_id = k.id
         join document d on d.government_id = ? and d.issuing_department_id is not distinct from x.issuing_department_id and d.title = x.title
                        and d.number is not distinct from x.number and d.issued_on is not distinct from x.issued_on),
     findings as (
       insert into finding (report_id, rule_id, family, severity, status, expected, actual, message, involved, fingerprint, rule_set_version, report_version, ordinal)
       select r.id, f.rule_id, f.family, f.severity, f.status, f.expected, f.actual, f.message, f.involved, f.fingerprint, ?, 1, f.ordinal
         from r, json_to_recordset(?::json) as f(rule_id text, family rule_family, severity finding_severity, status finding_status,
              expected double precision, actual double precision, message text, involved jsonb, fingerprint text, ordinal int)
        order by f.ordinal)
     select 1`,
    [
      reportId,
      JSON.stringify(report),
      doc.source.sha256,
      JSON.stringify(parts.sections),
      JSON.stringify(parts.workPoints),
      JSON.stringify(parts.channels),
      JSON.stringify(parts.cells),
      JSON.stringify(parts.prose),
      JSON.stringify(parts.keyDomains),
      JSON.stringify(parts.citations),
      owners.governmentId,
      RULE_SET_VERSION,
      JSON.stringify(findings),
    ],
  );
}

function documentRows(doc: ReportDocument, owners: NewReportOwners) {
  const departmentId = (name: string | null) => (name ? owners.departmentIds.get(name)! : null);
  return doc.documents.map((d) => ({
    key: d.key,
    government_id: owners.governmentId,
    issuing_department_id: departmentId(d.issuingDepartment),
    title: d.title,
    number: d.number,
    issued_on: d.issuedOn,
    topic: d.topic,
  }));
}

function firstByKey<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
