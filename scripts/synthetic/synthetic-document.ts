import { createHash } from 'node:crypto';
import { parseReportDocument } from '../../src/report-document/load-report-document.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { departmentKindOf } from '../../src/ingest/pipeline/department-kind.js';
import type { SyntheticGovernment } from './province-plan.js';

/** Where synthetic reports say they come from: a reserved domain that never resolves. */
export const SYNTHETIC_SOURCE = 'https://synthetic.invalid/disclosure-gateway';

export interface SyntheticIssue {
  government: SyntheticGovernment;
  /** Set for a department's own report. */
  department: string | null;
  year: number;
  /** Every count of the template is multiplied by it, so each table identity of the template still holds. */
  factor: number;
}

/**
 * A report for a synthetic body, made from a real one (the seed): the same parts, with the
 * template's place names and year replaced, every count scaled by a whole factor, the template
 * official's name and accounts left out, and its departments and pilot those of the body.
 */
export function syntheticDocument(template: ReportDocument, { government, department, year, factor }: SyntheticIssue): ReportDocument {
  const place = government.regionPath.at(-1)!.name;
  const templatePlace = template.issuer.government.regionPath.at(-1)!.name;
  // Longest first: 临淄区人民政府, then 临淄区, then the bare 临淄 of 临淄食药局 and 中国·临淄.
  let replaced = JSON.stringify(template)
    .replaceAll(template.issuer.government.name, government.name)
    .replaceAll(templatePlace, place)
    .replaceAll(templatePlace.replace(/[区县市]$/, ''), place.replace(/[区县市]$/, ''))
    .replaceAll(String(template.year), String(year));
  // The template's portal host and the official it names appear in its sections' text too.
  for (const host of [template.source.portalUrl, template.issuer.government.portalUrl]) {
    if (host) replaced = replaced.replaceAll(new URL(host).host, 'synthetic.invalid');
  }
  if (template.officialInCharge) replaced = replaced.replaceAll(template.officialInCharge.name, '某某');
  const doc = JSON.parse(replaced) as ReportDocument;
  const departmentOf = (name: string) => government.departments[template.departments.findIndex((d) => d.name === name) % government.departments.length];
  const issuer = department ?? government.name;

  doc.issuer = {
    government: { ...doc.issuer.government, name: government.name, regionPath: government.regionPath, disclosurePhone: null, portalUrl: null },
    department,
  };
  doc.title = `${issuer}${year}年度政府信息公开工作年度报告`;
  doc.publishedAt = `${year + 1}-03-${String(10 + (factor % 20)).padStart(2, '0')}`;
  doc.source = { url: `${SYNTHETIC_SOURCE}/${government.regionPath.at(-1)!.code}/${year}/${encodeURIComponent(issuer)}`, file: null, sha256: '0'.repeat(64), portalUrl: null };
  doc.officialInCharge = null;
  doc.channelAccounts = [];
  doc.departments = government.departments.map((name) => ({ name, kind: departmentKindOf(name) }));
  doc.documents = doc.documents.map((d) => ({ ...d, issuingDepartment: d.issuingDepartment && departmentOf(d.issuingDepartment) }));
  doc.pilot =
    doc.pilot && government.inPilot && !department
      ? { ...doc.pilot, programme: '合成省基层政务公开标准化规范化试点', areas: doc.pilot.areas.map((a) => ({ ...a, leadDepartment: departmentOf(a.leadDepartment) })) }
      : null;

  const scale = (n: number) => n * factor;
  doc.table.cells = doc.table.cells.map((c) => (c.value === null || c.unit === '%' ? c : { ...c, value: scale(c.value), raw: String(scale(c.value)) }));
  doc.prose = doc.prose.map((p) => (p.unit === '%' ? p : { ...p, value: scale(p.value) }));
  doc.channels = doc.channels.map((c) => ({ ...c, items: scale(c.items) }));
  doc.keyDomains = doc.keyDomains.map((k) => ({ ...k, items: k.items === null ? null : scale(k.items) }));
  doc.source.sha256 = createHash('sha256').update(JSON.stringify(doc)).digest('hex');
  return parseReportDocument(doc, `synthetic report of ${issuer} ${year}`);
}
