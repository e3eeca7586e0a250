import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, connectionFromList, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { RequestCase } from './request-case.entity.js';
import { LedgerDepartmentStub, LedgerGovernmentStub } from './stubs.js';

@ObjectType({ description: 'A page of ledger cases (台账记录列表)' })
export class RequestCaseConnection extends Connection(RequestCase, 'RequestCase', 'ledger cases (台账记录)') {}

@Resolver(() => RequestCase)
export class RequestCaseResolver {
  @Query(() => RequestCase, { nullable: true, description: 'One ledger case by id (按标识查询台账记录)' })
  requestCase(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.requestCaseById.load(toRowId(id, 'RequestCase')), 'RequestCase', 'id', id);
  }

  @FieldResolver(() => LedgerGovernmentStub, { description: 'The government that received the application (受理机关)' })
  government(@Root() requestCase: RequestCase): LedgerGovernmentStub {
    return { id: requestCase.government.id };
  }

  @FieldResolver(() => LedgerDepartmentStub, { nullable: true, description: 'The department handling it (承办部门)' })
  department(@Root() requestCase: RequestCase): LedgerDepartmentStub | null {
    return requestCase.department ? { id: requestCase.department.id } : null;
  }
}

/** Contributes `Government.requestCases` to the directory's Government. */
@Resolver(() => LedgerGovernmentStub)
export class GovernmentLedgerResolver {
  @FieldResolver(() => RequestCaseConnection, { description: 'Applications in the government’s ledger, newest first (依申请公开台账)' })
  async requestCases(@Root() government: LedgerGovernmentStub, @Args() page: PageArgs, @Ctx() { loaders }: RequestContext) {
    return connectionFromList(await loaders.requestCasesByGovernment.load(government.id), page);
  }
}
