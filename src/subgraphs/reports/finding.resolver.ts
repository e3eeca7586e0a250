import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';
import { Finding, FindingRef } from './finding.entity.js';
import { wholeInvolved } from './finding-ref.loader.js';
import { FindingSeverity, FindingStatus } from './finding-enums.js';
import { findingRule, findingRuleSet } from './finding-rules.js';
import { CheckSummary, FindingConnection, FindingFilter, FindingRule, FindingRuleSet, RuleCount } from './finding-types.js';
import { Report } from './report.entity.js';

/** Consistency findings: on each report, and across reports for analysts. */

@Resolver(() => Report)
export class ReportFindingsResolver {
  @FieldResolver(() => [Finding], { description: 'Consistency checks of the report, holding and broken, in rule order (核查结果)' })
  async findings(
    @Root() report: Report,
    @Arg('severity', () => FindingSeverity, { nullable: true, description: 'Only checks of this severity (严重程度)' }) severity: FindingSeverity | null,
    @Arg('status', () => FindingStatus, { nullable: true, description: 'Only holding or only broken checks; default both (核查结果)' }) status: FindingStatus | null,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Finding[]> {
    const all = await loaders.findingsByReport.load(report.id);
    return all.filter((f) => (severity == null || f.severity === severity) && (status == null || f.status === status));
  }

  @FieldResolver(() => CheckSummary, { description: 'How many checks the report passes, e.g. 75 checks, 72 hold (核查概况)' })
  async checkSummary(@Root() report: Report, @Ctx() { loaders }: RequestContext): Promise<CheckSummary> {
    const all = await loaders.findingsByReport.load(report.id);
    const broken = all.filter((f) => f.status === FindingStatus.BROKEN);
    return {
      checks: all.length,
      holding: all.length - broken.length,
      broken: broken.length,
      errors: broken.filter((f) => f.severity === FindingSeverity.ERROR).length,
      warnings: broken.filter((f) => f.severity === FindingSeverity.WARNING).length,
      ruleSetVersion: all[0]?.ruleSetVersion ?? null,
    };
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Report, { description: 'The report checked (所属报告)' })
  report(@Root() finding: Finding, @Ctx() { loaders }: RequestContext) {
    return loaders.reportById.load(finding.report.id);
  }

  @FieldResolver(() => [FindingRef], { description: 'Cells, sentences and reports involved, with their source lines (涉及内容)' })
  involved(@Root() finding: Finding, @Ctx() { loaders }: RequestContext): Promise<FindingRef[]> {
    return wholeInvolved(finding.report.id, finding.involved, loaders.ownRowText);
  }

  @FieldResolver(() => FindingRule, { nullable: true, description: 'The rule checked, with its description (核查规则)' })
  rule(@Root() finding: Finding): FindingRule | null {
    return findingRule(finding.ruleId);
  }

  @Query(() => FindingConnection, { description: 'Consistency findings across reports, newest report year first, with counts per rule (核查结果查询)' })
  async findings(
    @Args() page: PageArgs,
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'Conditions the findings must meet (筛选条件)' }) filter: FindingFilter | null,
    @Ctx() { em }: RequestContext,
  ): Promise<FindingConnection> {
    const where = findingWhere(filter);
    const connection = await findPage(em, Finding, where, [{ report: { year: 'desc' } }, { report: { id: 'asc' } }, { ordinal: 'asc' }], page);
    return { ...connection, loadCountsByRule: () => countsByRule(em, where) };
  }

  @Query(() => FindingRuleSet, { description: 'The consistency rules and the rule-set version (核查规则集)' })
  findingRuleSet(): FindingRuleSet {
    return findingRuleSet();
  }
}

@Resolver(() => FindingConnection)
export class FindingConnectionResolver {
  @FieldResolver(() => [RuleCount], { description: 'Checks and broken checks per rule over the whole filtered list, not just this page (按规则统计)' })
  countsByRule(@Root() connection: FindingConnection): Promise<RuleCount[]> {
    return connection.loadCountsByRule();
  }
}

function findingWhere(filter: FindingFilter | null): FilterQuery<Finding> & object {
  const where: Record<string, unknown> = {};
  const report: Record<string, unknown> = {};
  if (filter?.ruleId != null) where.ruleId = filter.ruleId;
  if (filter?.severity != null) where.severity = filter.severity;
  if (filter?.status != null) where.status = filter.status;
  if (filter?.reportId != null) report.id = toRowId(filter.reportId, 'Report');
  if (filter?.year != null) report.year = filter.year;
  if (filter?.regionCode != null) {
    // Regions nest at most four deep (province, city, county, township).
    const code = filter.regionCode;
    report.government = { region: { $or: [{ code }, { parent: { code } }, { parent: { parent: { code } } }, { parent: { parent: { parent: { code } } } }] } };
  }
  if (Object.keys(report).length > 0) where.report = report;
  return where as FilterQuery<Finding> & object;
}

/** One GROUP BY over the whole filtered list. */
async function countsByRule(em: EntityManager, where: FilterQuery<Finding> & object): Promise<RuleCount[]> {
  const rows = await (em as SqlEntityManager)
    .createQueryBuilder(Finding, 'f')
    .select(['f.ruleId', 'f.severity', raw('count(*)::int as checks'), raw(`count(*) filter (where f.status = 'BROKEN')::int as broken`)])
    .where(where as never)
    .groupBy(['f.ruleId', 'f.severity'])
    .orderBy({ ruleId: 'asc' })
    .execute<{ ruleId: string; severity: FindingSeverity; checks: number; broken: number }[]>('all');
  return rows.map(({ ruleId, severity, checks, broken }) => ({ ruleId, severity, checks: Number(checks), broken: Number(broken) }));
}
