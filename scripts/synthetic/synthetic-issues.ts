import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scale } from './province-plan.js';
import { planProvince } from './province-plan.js';
import type { SyntheticIssue } from './synthetic-document.js';

/**
 * Every report the synthetic province publishes over `years`: each government's, and those of
 * its reporting departments, each year. The factors come from a seeded generator, so a scale
 * always gives the same reports, and a body's figures move from year to year as real ones do.
 */
export function syntheticIssues(scale: Scale, years: number[], seed = 2260): SyntheticIssue[] {
  const rng = xoroshiro128plus(seed);
  const issues: SyntheticIssue[] = [];
  for (const government of planProvince(scale, seed)) {
    const issuers = [null, ...government.departments.slice(0, scale.reportingDepartmentsPerGovernment)];
    for (const year of years) {
      for (const department of issuers) issues.push({ government, department, year, factor: uniformInt(rng, 1, 4) });
    }
  }
  return issues;
}
