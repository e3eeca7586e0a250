import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { FigureChange } from './figure-change.entity.js';
import { Report } from './report.entity.js';
import { ReportVersion } from './report-version.entity.js';

/** The revision log of a report: its versions and what each changed. */
@Resolver(() => Report)
export class ReportVersionsResolver {
  @FieldResolver(() => [ReportVersion], { description: 'Every version of the report’s figures, oldest first; the last is current (报告版本)' })
  versions(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.versionsByReport.load(report.id);
  }
}

@Resolver(() => ReportVersion)
export class ReportVersionChangesResolver {
  @FieldResolver(() => [FigureChange], { description: 'The figures this version changed, with their values before and after (数据变更)' })
  changes(@Root() version: ReportVersion, @Ctx() { loaders }: RequestContext) {
    return loaders.changesByVersion.load(version.id);
  }
}
