import type { TestApp } from '../support/test-app.js';
import { post } from '../security/support.js';

export const CASE_FIELDS = `id status regulation receivedOn dueOn replyBy extensionDays repliedOn outcome outcomeReason fee closedOn closeReason
  appeals { kind filedOn afterReconsideration outcome decidedOn }
  history { kind recordedBy details }`;

const INPUT_TYPES: Record<string, string> = {
  registerRequestCase: 'RegisterRequestCaseInput',
  recordReply: 'RecordReplyInput',
  extendRequestCase: 'ExtendRequestCaseInput',
  closeRequestCase: 'CloseRequestCaseInput',
  fileAppeal: 'FileAppealInput',
  recordAppealOutcome: 'RecordAppealOutcomeInput',
};

/** Calls one ledger mutation over HTTP and returns the whole body. */
export async function ledger(app: TestApp, mutation: string, input: Record<string, unknown>, headers: Record<string, string>) {
  const query = `mutation M($input: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { ${CASE_FIELDS} } }`;
  return (await post(app.url, { query, variables: { input } }, headers)).body;
}

/** A case as the API shows it to an admin, for before-and-after comparisons. */
export async function caseAsStored(app: TestApp, id: string, headers: Record<string, string>) {
  return (await post(app.url, { query: `{ requestCase(id: ${id}) { ${CASE_FIELDS} } }` }, headers)).body.data.requestCase;
}

export const errorsOf = (body: any) => body.errors?.map((e: any) => [e.extensions.code, e.extensions.argumentName ?? null, e.message]);
