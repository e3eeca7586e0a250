import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFromList, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { GovernmentStub } from './government.stub.js';
import { ReportConnection } from './report.resolver.js';

/** Contributes `Government.reports` to the directory's Government entity. */
@Resolver(() => GovernmentStub)
export class GovernmentReportsResolver {
  @FieldResolver(() => ReportConnection, { description: 'Annual reports this government issued, newest year first (年度报告)' })
  async reports(@Root() government: GovernmentStub, @Args() page: PageArgs, @Ctx() { loaders }: RequestContext) {
    return connectionFromList(await loaders.reportsByGovernment.load(government.id), page);
  }
}
