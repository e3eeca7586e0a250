import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { LocalDate } from '../../graphql/scalars.js';
import { chinaToday } from '../../graphql/china-today.js';
import { Connection, connectionFromList, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Appeal } from './appeal.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseStatus, RequestCase } from './request-case.entity.js';
import { LedgerDepartmentStub, LedgerGovernmentStub } from './stubs.js';

@ObjectType({ description: 'A page of ledger cases (台账记录列表)' })
export class RequestCaseConnection extends Connection(RequestCase, 'RequestCase', 'ledger cases (台账记录)') {}

@Resolver(() => RequestCase)
export class RequestCaseResolver {
  @Query(() => RequestCase, { nullable: true, description: 'One ledger case by id (按标识查询台账记录)' })
  requestCase(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.requestCaseById.load(toRowId(id, 'RequestCase')), 'RequestCase', 'id', id);
  }

  @Query(() => RequestCaseConnection, { description: 'Cases still unanswered after their last day to reply, longest overdue first (超期未答复的申请)' })
  overdueRequestCases(
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
    @Arg('governmentId', () => ID, { nullable: true, description: 'Only this government’s ledger (受理机关标识)' }) governmentId?: string | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day to judge on; default today in China (截至日期)' }) asOf?: string | null,
  ) {
    const where = {
      status: { $in: [CaseStatus.RECEIVED, CaseStatus.EXTENDED] },
      replyBy: { $lt: asOf ?? chinaToday() },
      ...(governmentId == null ? {} : { government: toRowId(governmentId, 'Government') }),
    };
    return findPage(em, RequestCase, where, [{ replyBy: 'asc' }, { id: 'asc' }], page);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Every change to the case, oldest first; never altered (办理记录)' })
  history(@Root() requestCase: RequestCase, @Ctx() { loaders }: RequestContext) {
    return loaders.eventsByCase.load(requestCase.id);
  }

  @FieldResolver(() => [Appeal], { description: 'Reconsiderations and lawsuits over the case, by filing date (复议和诉讼)' })
  appeals(@Root() requestCase: RequestCase, @Ctx() { loaders }: RequestContext) {
    return loaders.appealsByCase.load(requestCase.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the reply came after the last day to reply; null while unanswered (是否超期答复)' })
  repliedLate(@Root() requestCase: RequestCase): boolean | null {
    return requestCase.repliedOn === null ? null : requestCase.repliedOn > requestCase.replyBy;
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
