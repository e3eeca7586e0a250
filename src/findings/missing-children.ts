import type { MissingChild } from './facts.js';

/** A government in a child region of the report's region. */
export interface ChildGovernment {
  id: number;
  name: string;
  regionCode: string;
}

/** A department of the report's government that has published a report of some year. */
export interface PublishingDepartment {
  id: number;
  name: string;
}

/**
 * Child governments, and departments known to publish reports, with no report among `children`
 * (the government-issued report's children of its year), sorted by name. Shared by the set-based
 * loader and the import's own check, so both list the same bodies in the same order.
 */
export function missingChildren(
  children: { governmentId: number; departmentId: number | null }[],
  childGovernments: ChildGovernment[],
  publishers: PublishingDepartment[],
): MissingChild[] {
  const reportingGovernments = new Set(children.filter((r) => r.departmentId === null).map((r) => r.governmentId));
  const reportingDepartments = new Set(children.flatMap((r) => (r.departmentId !== null ? [r.departmentId] : [])));
  const governments: MissingChild[] = childGovernments
    .filter((g) => !reportingGovernments.has(g.id))
    .map((g) => ({ kind: 'GOVERNMENT', name: g.name, regionCode: g.regionCode }));
  const departments = new Map<number, MissingChild>();
  for (const d of publishers) {
    if (reportingDepartments.has(d.id)) continue;
    departments.set(d.id, { kind: 'DEPARTMENT', name: d.name, regionCode: null });
  }
  return [...governments, ...departments.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}
