import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireWriteAccess } from '../../auth/guards.js';
import { chinaToday } from '../../graphql/china-today.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Department } from '../directory/department.entity.js';
import { Appeal } from './appeal.entity.js';
import { CaseEvent, CaseEventKind } from './case-event.entity.js';
import { CloseRequestCaseInput, ExtendRequestCaseInput, FileAppealInput, RecordAppealOutcomeInput, RecordReplyInput, RegisterRequestCaseInput } from './ledger-inputs.js';
import { appealOutcomeProblem, appealProblem, closeProblem, dateProblem, extendProblem, replyProblem } from './ledger-rules.js';
import { changeCase } from './ledger-write.js';
import { recheckLedgerReports } from './recheck-ledger-reports.js';
import { CaseStatus, LedgerSource, RequestCase } from './request-case.entity.js';

const fail = (problem: GraphQLError | null) => {
  if (problem) throw problem;
};

/** The ledger's writes, each for an editor key of the case's government or an admin key. */
@Resolver(() => RequestCase)
export class LedgerMutationsResolver {
  @Mutation(() => RequestCase, { description: 'Register an application in a government’s ledger; its deadlines follow from the date received (登记依申请公开)' })
  async registerRequestCase(@Arg('input', () => RegisterRequestCaseInput, { description: 'The application (申请)' }) input: RegisterRequestCaseInput, @Ctx() { em, viewer }: RequestContext) {
    const governmentId = toRowId(input.governmentId, 'Government');
    requireWriteAccess(viewer, governmentId, 'Registering a request case');
    fail(dateProblem('receivedOn', input.receivedOn, chinaToday()));
    if (input.subject.trim() === '') throw new GraphQLError('A case needs a "subject": the information asked for.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'subject' } });
    return em.transactional(async (tx) => {
      const departmentId = input.departmentId == null ? null : toRowId(input.departmentId, 'Department');
      if (departmentId !== null && !(await tx.findOne(Department, { id: departmentId, government: governmentId }))) {
        throw new GraphQLError(`Government ${governmentId} has no department ${departmentId}; list its departments through Government.departments.`, {
          extensions: { code: 'NOT_FOUND', argumentName: 'departmentId' },
        });
      }
      const row = tx.create(RequestCase, {
        government: governmentId,
        department: departmentId,
        receivedOn: input.receivedOn,
        channel: input.channel,
        applicantType: input.applicantType,
        applicantName: input.applicantName?.trim() || null,
        applicantContact: input.applicantContact?.trim() || null,
        subject: input.subject.trim(),
        status: CaseStatus.RECEIVED,
        source: LedgerSource.REAL,
      });
      // The history is public; the applicant's identity stays out of it.
      const { applicantName, applicantContact, ...details } = input;
      tx.create(CaseEvent, { requestCase: row, kind: CaseEventKind.REGISTERED, recordedBy: viewer.keyPrefix, details: { ...details } });
      await tx.flush();
      await recheckLedgerReports(tx, governmentId, input.receivedOn);
      return (await tx.refresh(row))!;
    });
  }

  @Mutation(() => RequestCase, { description: 'Record the one reply to a case, with its outcome and reason (记录答复)' })
  recordReply(@Arg('input', () => RecordReplyInput, { description: 'The reply (答复)' }) input: RecordReplyInput, @Ctx() { em, viewer }: RequestContext) {
    return changeCase(em, viewer, input.caseId, 'Recording a reply', CaseEventKind.REPLIED, async (_tx, row) => {
      fail(replyProblem(row, input, chinaToday()));
      Object.assign(row, { status: CaseStatus.REPLIED, repliedOn: input.repliedOn, outcome: input.outcome, outcomeReason: input.outcomeReason ?? null, fee: input.fee ?? null });
      return { ...input };
    });
  }

  @Mutation(() => RequestCase, { description: 'Extend a case’s reply period, once, within the regulation’s limit (延期答复)' })
  extendRequestCase(@Arg('input', () => ExtendRequestCaseInput, { description: 'The extension (延期)' }) input: ExtendRequestCaseInput, @Ctx() { em, viewer }: RequestContext) {
    return changeCase(em, viewer, input.caseId, 'Extending a request case', CaseEventKind.EXTENDED, async (_tx, row) => {
      fail(extendProblem(row, input, chinaToday()));
      Object.assign(row, { status: CaseStatus.EXTENDED, extensionDays: input.days });
      return { ...input };
    });
  }

  @Mutation(() => RequestCase, { description: 'Close a case: completed after its reply, or withdrawn before one (办结)' })
  closeRequestCase(@Arg('input', () => CloseRequestCaseInput, { description: 'The closing (办结)' }) input: CloseRequestCaseInput, @Ctx() { em, viewer }: RequestContext) {
    return changeCase(em, viewer, input.caseId, 'Closing a request case', CaseEventKind.CLOSED, async (_tx, row) => {
      fail(closeProblem(row, input, chinaToday()));
      Object.assign(row, { status: CaseStatus.CLOSED, closedOn: input.closedOn, closeReason: input.reason });
      return { ...input };
    });
  }

  @Mutation(() => RequestCase, { description: 'Record a reconsideration or lawsuit over a case (登记复议或诉讼)' })
  fileAppeal(@Arg('input', () => FileAppealInput, { description: 'The appeal (复议或诉讼)' }) input: FileAppealInput, @Ctx() { em, viewer }: RequestContext) {
    return changeCase(em, viewer, input.caseId, 'Filing an appeal', CaseEventKind.APPEAL_FILED, async (tx, row) => {
      fail(appealProblem(row, await tx.find(Appeal, { requestCase: row }), input, chinaToday()));
      tx.create(Appeal, { requestCase: row, kind: input.kind, filedOn: input.filedOn, afterReconsideration: input.afterReconsideration });
      return { ...input };
    });
  }

  @Mutation(() => RequestCase, { description: 'Record how a reconsideration or lawsuit was decided (记录复议或诉讼结果)' })
  async recordAppealOutcome(@Arg('input', () => RecordAppealOutcomeInput, { description: 'The decision (结果)' }) input: RecordAppealOutcomeInput, @Ctx() { em, viewer }: RequestContext) {
    const appeal = await em.findOne(Appeal, { id: toRowId(input.appealId, 'Appeal') });
    if (!appeal) throw notFound('Appeal', 'appealId', input.appealId);
    return changeCase(em, viewer, String(appeal.requestCase.id), 'Recording an appeal outcome', CaseEventKind.APPEAL_DECIDED, async (tx, _row) => {
      const locked = await tx.findOneOrFail(Appeal, { id: appeal.id });
      fail(appealOutcomeProblem(locked, input, chinaToday()));
      Object.assign(locked, { outcome: input.outcome, decidedOn: input.decidedOn });
      return { ...input };
    });
  }
}
