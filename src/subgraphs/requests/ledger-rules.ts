import { GraphQLError } from 'graphql';
import { type Appeal, AppealKind, AppealOutcome } from './appeal.entity.js';
import { OUTCOME_REASONS, OUTCOMES_NEEDING_A_REASON } from './case-outcome.js';
import { CaseStatus, CloseReason, type RequestCase } from './request-case.entity.js';
import type { Regulation } from './regulation.js';
import type { CloseRequestCaseInput, ExtendRequestCaseInput, FileAppealInput, RecordAppealOutcomeInput, RecordReplyInput } from './ledger-inputs.js';

/*
 * What each ledger write must satisfy, as pure functions of the case as stored and the input:
 * each returns the first problem as a BAD_USER_INPUT error naming the argument, or null.
 */

const invalid = (argumentName: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
const OPEN = [CaseStatus.RECEIVED, CaseStatus.EXTENDED];
// The request_deadlines trigger refuses the same excess, for writers that bypass these rules.
const EXTENSION_LIMIT: Record<Regulation, number> = { REGULATION_2008: 15, REGULATION_2019: 20 };

/** A date that must not be in the future nor before an earlier event of the case. */
export function dateProblem(argumentName: string, date: string, today: string, earliest?: { date: string; what: string }): GraphQLError | null {
  if (date > today) return invalid(argumentName, `"${argumentName}" ${date} is in the future; today is ${today} (China Standard Time).`);
  if (earliest && date < earliest.date) return invalid(argumentName, `"${argumentName}" ${date} is before ${earliest.what} (${earliest.date}).`);
  return null;
}

export function replyProblem(row: RequestCase, input: RecordReplyInput, today: string): GraphQLError | null {
  if (row.repliedOn) return invalid('caseId', `Case ${row.id} was already answered on ${row.repliedOn}; a case has one reply.`);
  if (!OPEN.includes(row.status)) return invalid('caseId', `Case ${row.id} is ${row.status} and takes no reply.`);
  const date = dateProblem('repliedOn', input.repliedOn, today, { date: row.receivedOn, what: 'the case was received' });
  if (date) return date;
  const reason = input.outcomeReason ?? null;
  if (reason === null) {
    if (OUTCOMES_NEEDING_A_REASON.has(input.outcome)) return invalid('outcomeReason', `A reply of ${input.outcome} needs an "outcomeReason" from the list of ${row.regulation}.`);
  } else {
    const rule = OUTCOME_REASONS[reason];
    if (rule.outcome !== input.outcome) return invalid('outcomeReason', `${reason} (${rule.label}) is a reason for ${rule.outcome}, not ${input.outcome}.`);
    if (!rule.regulations.includes(row.regulation)) {
      return invalid('outcomeReason', `${reason} (${rule.label}) is not on the list of ${row.regulation}, which governs a case received on ${row.receivedOn}.`);
    }
  }
  const fee = input.fee ?? null;
  if (fee !== null && (fee < 0 || Math.round(fee * 100) !== fee * 100)) return invalid('fee', `"fee" is an amount in yuan, 0 or more, to the fen; got ${fee}.`);
  return null;
}

export function extendProblem(row: RequestCase, input: ExtendRequestCaseInput, today: string): GraphQLError | null {
  if (row.status === CaseStatus.EXTENDED) return invalid('caseId', `Case ${row.id} was already extended by ${row.extensionDays} working days; a reply period is extended once.`);
  if (row.status !== CaseStatus.RECEIVED) return invalid('caseId', `Case ${row.id} is ${row.status}; only an unanswered case can be extended.`);
  const limit = EXTENSION_LIMIT[row.regulation as Regulation];
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > limit) {
    return invalid('days', `An extension under ${row.regulation} is 1 to ${limit} working days; got ${input.days}.`);
  }
  const date = dateProblem('extendedOn', input.extendedOn, today, { date: row.receivedOn, what: 'the case was received' });
  if (date) return date;
  if (input.extendedOn > row.dueOn) return invalid('extendedOn', `"extendedOn" ${input.extendedOn} is after the statutory period ended (${row.dueOn}); an extension is decided within it.`);
  return null;
}

export function closeProblem(row: RequestCase, input: CloseRequestCaseInput, today: string): GraphQLError | null {
  if (row.status === CaseStatus.CLOSED) return invalid('caseId', `Case ${row.id} was already closed on ${row.closedOn}.`);
  if (input.reason === CloseReason.COMPLETED && row.status !== CaseStatus.REPLIED) return invalid('reason', `Case ${row.id} has no reply yet; record the reply before closing it as COMPLETED.`);
  if (input.reason === CloseReason.WITHDRAWN && row.status === CaseStatus.REPLIED) return invalid('reason', `Case ${row.id} was answered on ${row.repliedOn}; only an unanswered case is WITHDRAWN.`);
  const earliest = row.repliedOn ? { date: row.repliedOn, what: 'the reply' } : { date: row.receivedOn, what: 'the case was received' };
  return dateProblem('closedOn', input.closedOn, today, earliest);
}

export function appealProblem(row: RequestCase, appeals: Appeal[], input: FileAppealInput, today: string): GraphQLError | null {
  if (input.afterReconsideration) {
    if (input.kind !== AppealKind.LITIGATION) return invalid('afterReconsideration', 'Only a lawsuit follows a reconsideration.');
    const decided = appeals.find((a) => a.kind === AppealKind.RECONSIDERATION && a.outcome !== AppealOutcome.PENDING);
    if (!decided) return invalid('afterReconsideration', `Case ${row.id} has no decided reconsideration for a lawsuit to follow.`);
    return dateProblem('filedOn', input.filedOn, today, { date: decided.decidedOn!, what: 'the reconsideration was decided' });
  }
  return dateProblem('filedOn', input.filedOn, today, { date: row.receivedOn, what: 'the case was received' });
}

export function appealOutcomeProblem(appeal: Appeal, input: RecordAppealOutcomeInput, today: string): GraphQLError | null {
  if (appeal.outcome !== AppealOutcome.PENDING) return invalid('appealId', `Appeal ${appeal.id} was already decided on ${appeal.decidedOn} (${appeal.outcome}).`);
  if (input.outcome === AppealOutcome.PENDING) return invalid('outcome', 'A decision is UPHELD, CORRECTED or OTHER; PENDING is what an undecided appeal already is.');
  return dateProblem('decidedOn', input.decidedOn, today, { date: appeal.filedOn, what: 'the appeal was filed' });
}

