import type { EntityManager } from '@mikro-orm/core';
import type { ReportFormatName, SectionFact } from '../findings/facts.js';
import { compareSections, type ReuseSide, type SectionReuse } from '../findings/text-reuse/compare-sections.js';

/** A report's sections set against the same body's report of the year before. */
export interface ReportTextReuse {
  reportId: number;
  previousReportId: number;
  sections: SectionReuse[];
}

interface Row {
  report_id: number;
  side_id: number;
  year: number;
  format: ReportFormatName;
  government_name: string;
  department_name: string | null;
  ordinal: number | null;
  heading: string | null;
  text: string | null;
  line_start: number | null;
}

/**
 * The text reuse of many reports in one SELECT: each report paired with its issuer's report of the
 * year before (the pairing the findings rules use), and the sections and issuer names of both.
 * Reports without a previous year's report are absent from the map.
 */
export async function loadTextReuse(em: EntityManager, reportIds: readonly number[]): Promise<Map<number, ReportTextReuse>> {
  const rows: Row[] = await em.getConnection().execute(
    `with pair as (
       select t.id as report_id, p.id as previous_id
       from report t
       join report p on p.government_id = t.government_id and p.department_id is not distinct from t.department_id and p.year = t.year - 1
       where t.id = any(?::int[])
     )
     select pair.report_id, side.id as side_id, r.year, r.format, g.name as government_name, d.name as department_name,
            s.ordinal, s.heading, s.text, s.line_start
     from pair
     cross join lateral (values (pair.report_id), (pair.previous_id)) as side(id)
     join report r on r.id = side.id
     join government g on g.id = r.government_id
     left join department d on d.id = r.department_id
     left join report_section s on s.report_id = r.id
     order by pair.report_id, side.id, s.ordinal`,
    [`{${reportIds.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  const sides = new Map<string, ReuseSide>();
  const previousOf = new Map<number, number>();
  for (const row of rows) {
    const reportId = Number(row.report_id);
    const sideId = Number(row.side_id);
    if (sideId !== reportId) previousOf.set(reportId, sideId);
    const key = `${reportId}/${sideId}`;
    let side = sides.get(key);
    if (!side) {
      side = { year: row.year, format: row.format, issuerNames: [row.government_name, row.department_name], sections: [] };
      sides.set(key, side);
    }
    if (row.ordinal !== null) {
      const section: SectionFact = { ordinal: row.ordinal, heading: row.heading!, text: row.text!, startLine: row.line_start! };
      side.sections.push(section);
    }
  }
  return new Map([...previousOf].map(([reportId, previousReportId]) => [reportId, {
    reportId,
    previousReportId,
    sections: compareSections(sides.get(`${reportId}/${reportId}`)!, sides.get(`${reportId}/${previousReportId}`)!),
  }]));
}
