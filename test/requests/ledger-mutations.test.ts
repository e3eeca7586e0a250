import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { Department } from '../../src/subgraphs/directory/department.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { addProtectedData, bearer, keyFor } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { caseAsStored, errorsOf, ledger } from './support.js';

// The ledger's six mutations over HTTP: who may write, what each accepts, and what each refuses
// without writing anything.
let app: TestApp;
let linziId: number;
let financeId: number;
let otherDepartmentId: number;
let shandongId: number;
let editor: Record<string, string>;
let editorPrefix: string;
beforeAll(async () => {
  app = await startTestApp();
  ({ shandongId } = await addProtectedData(app.database.orm));
  const em = app.database.orm.em.fork();
  linziId = (await em.findOneOrFail(Government, { name: '临淄区人民政府' })).id;
  financeId = (await em.findOneOrFail(Department, { name: '区财政局', government: linziId })).id;
  otherDepartmentId = (await em.findOneOrFail(Department, { government: shandongId })).id;
  const key = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
  editor = bearer(key);
  editorPrefix = key.slice(0, 12);
});
afterAll(() => app?.stop());

const application = (receivedOn: string) => ({
  governmentId: String(linziId),
  departmentId: String(financeId),
  receivedOn,
  channel: 'LETTER',
  applicantType: 'NATURAL_PERSON',
  applicantName: '王五',
  applicantContact: '0533-1234567',
  subject: '2016年度区级部门预算',
});
const register = async (receivedOn: string) => (await ledger(app, 'registerRequestCase', application(receivedOn), editor)).data.registerRequestCase;

/** Runs a mutation that must be refused, and checks that the case did not change at all. */
async function refused(caseId: string, mutation: string, input: Record<string, unknown>) {
  const before = await caseAsStored(app, caseId, editor);
  const body = await ledger(app, mutation, input, editor);
  expect(body.data).toBeNull();
  expect(await caseAsStored(app, caseId, editor)).toEqual(before);
  return errorsOf(body);
}

describe('registering a case', () => {
  it('is refused to the public, provincial keys and another county’s editor', async () => {
    const input = application('2017-03-06');
    expect(errorsOf(await ledger(app, 'registerRequestCase', input, {}))[0][0]).toBe('UNAUTHENTICATED');
    const provincial = bearer(await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' }));
    expect(errorsOf(await ledger(app, 'registerRequestCase', input, provincial))[0][0]).toBe('FORBIDDEN');
    const other = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: shandongId }));
    expect(errorsOf(await ledger(app, 'registerRequestCase', input, other))[0][0]).toBe('FORBIDDEN');
    expect((await app.data(`{ overdueRequestCases(governmentId: ${linziId}, asOf: "2030-01-01") { totalCount } }`)).overdueRequestCases.totalCount).toBe(0);
  });

  it('stores the case with its deadlines, and a history without the applicant’s identity', async () => {
    const row = await register('2017-03-06');
    const { id, ...rest } = row;
    expect(rest).toEqual({
      status: 'RECEIVED', regulation: 'REGULATION_2008', receivedOn: '2017-03-06', dueOn: '2017-03-27', replyBy: '2017-03-27',
      extensionDays: null, repliedOn: null, outcome: null, outcomeReason: null, fee: null, closedOn: null, closeReason: null, appeals: [],
      history: [{
        kind: 'REGISTERED', recordedBy: editorPrefix,
        details: { governmentId: String(linziId), departmentId: String(financeId), receivedOn: '2017-03-06', channel: 'LETTER', applicantType: 'NATURAL_PERSON', subject: '2016年度区级部门预算' },
      }],
    });
  });

  it('refuses a future date, a blank subject and another government’s department', async () => {
    const errors = async (input: Record<string, unknown>) => errorsOf(await ledger(app, 'registerRequestCase', { ...application('2017-03-06'), ...input }, editor));
    expect((await errors({ receivedOn: '2999-01-01' }))[0].slice(0, 2)).toEqual(['BAD_USER_INPUT', 'receivedOn']);
    expect(await errors({ subject: ' ' })).toEqual([['BAD_USER_INPUT', 'subject', 'A case needs a "subject": the information asked for.']]);
    expect(await errors({ departmentId: String(otherDepartmentId) })).toEqual([
      ['NOT_FOUND', 'departmentId', `Government ${linziId} has no department ${otherDepartmentId}; list its departments through Government.departments.`],
    ]);
    expect((await app.data(`{ overdueRequestCases(governmentId: ${linziId}, asOf: "2030-01-01") { totalCount } }`)).overdueRequestCases.totalCount).toBe(1);
  });
});

describe('replying', () => {
  it('records one reply with its outcome, reason and fee', async () => {
    const { id } = await register('2017-03-06');
    const body = await ledger(app, 'recordReply', { caseId: id, repliedOn: '2017-03-20', outcome: 'WITHHELD', outcomeReason: 'TRADE_SECRET', fee: 0 }, editor);
    expect(body.data.recordReply).toMatchObject({ status: 'REPLIED', repliedOn: '2017-03-20', outcome: 'WITHHELD', outcomeReason: 'TRADE_SECRET', fee: 0 });
    expect(body.data.recordReply.history.map((e: any) => e.kind)).toEqual(['REGISTERED', 'REPLIED']);
    expect(await refused(id, 'recordReply', { caseId: id, repliedOn: '2017-03-21', outcome: 'DISCLOSED' })).toEqual([
      ['BAD_USER_INPUT', 'caseId', `Case ${id} was already answered on 2017-03-20; a case has one reply.`],
    ]);
  });

  it('refuses a date before receipt or in the future, a missing or foreign reason, and a bad fee', async () => {
    const { id } = await register('2017-03-06');
    const reply = (input: Record<string, unknown>) => refused(id, 'recordReply', { caseId: id, repliedOn: '2017-03-20', outcome: 'DISCLOSED', ...input });
    expect(await reply({ repliedOn: '2017-03-05' })).toEqual([['BAD_USER_INPUT', 'repliedOn', '"repliedOn" 2017-03-05 is before the case was received (2017-03-06).']]);
    expect((await reply({ repliedOn: '2999-01-01' }))[0].slice(0, 2)).toEqual(['BAD_USER_INPUT', 'repliedOn']);
    expect(await reply({ outcome: 'WITHHELD' })).toEqual([['BAD_USER_INPUT', 'outcomeReason', 'A reply of WITHHELD needs an "outcomeReason" from the list of REGULATION_2008.']]);
    expect(await reply({ outcome: 'UNAVAILABLE', outcomeReason: 'STATE_SECRET' })).toEqual([
      ['BAD_USER_INPUT', 'outcomeReason', 'STATE_SECRET (属于国家秘密（2008：涉及国家秘密）) is a reason for WITHHELD, not UNAVAILABLE.'],
    ]);
    expect(await reply({ outcome: 'WITHHELD', outcomeReason: 'PROCESS_INFORMATION' })).toEqual([
      ['BAD_USER_INPUT', 'outcomeReason', 'PROCESS_INFORMATION (属于四类过程性信息) is not on the list of REGULATION_2008, which governs a case received on 2017-03-06.'],
    ]);
    expect(await reply({ fee: 1.234 })).toEqual([['BAD_USER_INPUT', 'fee', '"fee" is an amount in yuan, 0 or more, to the fen; got 1.234.']]);
  });
});

describe('extending', () => {
  it('adds the working days once, within the regulation’s limit and the statutory period', async () => {
    const { id } = await register('2019-05-15');
    expect(await refused(id, 'extendRequestCase', { caseId: id, extendedOn: '2019-06-01', days: 21 })).toEqual([
      ['BAD_USER_INPUT', 'days', 'An extension under REGULATION_2019 is 1 to 20 working days; got 21.'],
    ]);
    expect(await refused(id, 'extendRequestCase', { caseId: id, extendedOn: '2019-06-14', days: 20 })).toEqual([
      ['BAD_USER_INPUT', 'extendedOn', '"extendedOn" 2019-06-14 is after the statutory period ended (2019-06-13); an extension is decided within it.'],
    ]);
    const body = await ledger(app, 'extendRequestCase', { caseId: id, extendedOn: '2019-06-01', days: 20 }, editor);
    expect(body.data.extendRequestCase).toMatchObject({ status: 'EXTENDED', dueOn: '2019-06-13', extensionDays: 20, replyBy: '2019-07-11' });
    expect(await refused(id, 'extendRequestCase', { caseId: id, extendedOn: '2019-06-02', days: 5 })).toEqual([
      ['BAD_USER_INPUT', 'caseId', `Case ${id} was already extended by 20 working days; a reply period is extended once.`],
    ]);
  });
});

describe('extending or appealing out of turn', () => {
  it('refuses to extend an answered case, and an appeal dated before receipt or in the future', async () => {
    const { id } = await register('2017-03-06');
    await ledger(app, 'recordReply', { caseId: id, repliedOn: '2017-03-20', outcome: 'DISCLOSED' }, editor);
    expect(await refused(id, 'extendRequestCase', { caseId: id, extendedOn: '2017-03-10', days: 5 })).toEqual([
      ['BAD_USER_INPUT', 'caseId', `Case ${id} is REPLIED; only an unanswered case can be extended.`],
    ]);
    expect(await refused(id, 'fileAppeal', { caseId: id, kind: 'RECONSIDERATION', filedOn: '2017-03-01' })).toEqual([
      ['BAD_USER_INPUT', 'filedOn', '"filedOn" 2017-03-01 is before the case was received (2017-03-06).'],
    ]);
    expect((await refused(id, 'fileAppeal', { caseId: id, kind: 'LITIGATION', filedOn: '2999-01-01' }))[0].slice(0, 2)).toEqual(['BAD_USER_INPUT', 'filedOn']);
    const open = (await register('2017-03-06')).id;
    expect(await refused(open, 'recordReply', { caseId: open, repliedOn: '2017-03-21', outcome: 'DISCLOSED', fee: -1 })).toEqual([
      ['BAD_USER_INPUT', 'fee', '"fee" is an amount in yuan, 0 or more, to the fen; got -1.'],
    ]);
  });

  it('refuses an unknown case and another government’s editor, for every change', async () => {
    const { id } = await register('2017-03-06');
    expect(errorsOf(await ledger(app, 'recordReply', { caseId: '999999', repliedOn: '2017-03-20', outcome: 'DISCLOSED' }, editor))).toEqual([
      ['NOT_FOUND', 'caseId', 'No RequestCase with caseId "999999". Look it up through a list field first.'],
    ]);
    const other = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: shandongId }));
    const before = await caseAsStored(app, id, editor);
    for (const [mutation, input] of [
      ['recordReply', { caseId: id, repliedOn: '2017-03-20', outcome: 'DISCLOSED' }],
      ['extendRequestCase', { caseId: id, extendedOn: '2017-03-10', days: 5 }],
      ['closeRequestCase', { caseId: id, closedOn: '2017-03-10', reason: 'WITHDRAWN' }],
      ['fileAppeal', { caseId: id, kind: 'RECONSIDERATION', filedOn: '2017-03-10' }],
    ] as const) {
      expect(errorsOf(await ledger(app, mutation, input, other))[0][0], mutation).toBe('FORBIDDEN');
    }
    expect(await caseAsStored(app, id, editor)).toEqual(before);
  });
});

describe('closing', () => {
  it('completes a replied case and withdraws an unanswered one, and nothing else', async () => {
    const answered = (await register('2017-03-06')).id;
    const open = (await register('2017-03-06')).id;
    expect(await refused(open, 'closeRequestCase', { caseId: open, closedOn: '2017-03-10', reason: 'COMPLETED' })).toEqual([
      ['BAD_USER_INPUT', 'reason', `Case ${open} has no reply yet; record the reply before closing it as COMPLETED.`],
    ]);
    await ledger(app, 'recordReply', { caseId: answered, repliedOn: '2017-03-20', outcome: 'DISCLOSED' }, editor);
    expect(await refused(answered, 'closeRequestCase', { caseId: answered, closedOn: '2017-03-25', reason: 'WITHDRAWN' })).toEqual([
      ['BAD_USER_INPUT', 'reason', `Case ${answered} was answered on 2017-03-20; only an unanswered case is WITHDRAWN.`],
    ]);
    expect(await refused(answered, 'closeRequestCase', { caseId: answered, closedOn: '2017-03-19', reason: 'COMPLETED' })).toEqual([
      ['BAD_USER_INPUT', 'closedOn', '"closedOn" 2017-03-19 is before the reply (2017-03-20).'],
    ]);
    const completed = await ledger(app, 'closeRequestCase', { caseId: answered, closedOn: '2017-03-25', reason: 'COMPLETED' }, editor);
    expect(completed.data.closeRequestCase).toMatchObject({ status: 'CLOSED', closedOn: '2017-03-25', closeReason: 'COMPLETED' });
    const withdrawn = await ledger(app, 'closeRequestCase', { caseId: open, closedOn: '2017-03-10', reason: 'WITHDRAWN' }, editor);
    expect(withdrawn.data.closeRequestCase).toMatchObject({ status: 'CLOSED', repliedOn: null, closeReason: 'WITHDRAWN' });
    expect(await refused(open, 'closeRequestCase', { caseId: open, closedOn: '2017-03-11', reason: 'WITHDRAWN' })).toEqual([
      ['BAD_USER_INPUT', 'caseId', `Case ${open} was already closed on 2017-03-10.`],
    ]);
  });
});

describe('appeals', () => {
  it('records a reconsideration, its decision, and a lawsuit after it', async () => {
    const { id } = await register('2017-03-06');
    await ledger(app, 'recordReply', { caseId: id, repliedOn: '2017-03-20', outcome: 'WITHHELD', outcomeReason: 'STATE_SECRET' }, editor);
    expect(await refused(id, 'fileAppeal', { caseId: id, kind: 'LITIGATION', filedOn: '2017-04-01', afterReconsideration: true })).toEqual([
      ['BAD_USER_INPUT', 'afterReconsideration', `Case ${id} has no decided reconsideration for a lawsuit to follow.`],
    ]);
    expect(await refused(id, 'fileAppeal', { caseId: id, kind: 'RECONSIDERATION', filedOn: '2017-04-01', afterReconsideration: true })).toEqual([
      ['BAD_USER_INPUT', 'afterReconsideration', 'Only a lawsuit follows a reconsideration.'],
    ]);
    const filed = await ledger(app, 'fileAppeal', { caseId: id, kind: 'RECONSIDERATION', filedOn: '2017-04-01' }, editor);
    expect(filed.data.fileAppeal.appeals).toEqual([{ kind: 'RECONSIDERATION', filedOn: '2017-04-01', afterReconsideration: false, outcome: 'PENDING', decidedOn: null }]);
    const appealId = (await app.database.orm.em.fork().getConnection().execute('select id from appeal where request_case_id = ?', [Number(id)]))[0].id;

    expect(await refused(id, 'recordAppealOutcome', { appealId: String(appealId), outcome: 'PENDING', decidedOn: '2017-05-01' })).toEqual([
      ['BAD_USER_INPUT', 'outcome', 'A decision is UPHELD, CORRECTED or OTHER; PENDING is what an undecided appeal already is.'],
    ]);
    expect(await refused(id, 'recordAppealOutcome', { appealId: String(appealId), outcome: 'UPHELD', decidedOn: '2017-03-31' })).toEqual([
      ['BAD_USER_INPUT', 'decidedOn', '"decidedOn" 2017-03-31 is before the appeal was filed (2017-04-01).'],
    ]);
    await ledger(app, 'recordAppealOutcome', { appealId: String(appealId), outcome: 'UPHELD', decidedOn: '2017-05-01' }, editor);
    expect(await refused(id, 'recordAppealOutcome', { appealId: String(appealId), outcome: 'CORRECTED', decidedOn: '2017-05-02' })).toEqual([
      ['BAD_USER_INPUT', 'appealId', `Appeal ${appealId} was already decided on 2017-05-01 (UPHELD).`],
    ]);
    const sued = await ledger(app, 'fileAppeal', { caseId: id, kind: 'LITIGATION', filedOn: '2017-05-10', afterReconsideration: true }, editor);
    expect(sued.data.fileAppeal.appeals).toEqual([
      { kind: 'RECONSIDERATION', filedOn: '2017-04-01', afterReconsideration: false, outcome: 'UPHELD', decidedOn: '2017-05-01' },
      { kind: 'LITIGATION', filedOn: '2017-05-10', afterReconsideration: true, outcome: 'PENDING', decidedOn: null },
    ]);
    expect(sued.data.fileAppeal.history.map((e: any) => e.kind)).toEqual(['REGISTERED', 'REPLIED', 'APPEAL_FILED', 'APPEAL_DECIDED', 'APPEAL_FILED']);
  });

  it('refuses an unknown appeal', async () => {
    const body = await ledger(app, 'recordAppealOutcome', { appealId: '999999', outcome: 'UPHELD', decidedOn: '2017-05-01' }, editor);
    expect(errorsOf(body)).toEqual([['NOT_FOUND', 'appealId', 'No Appeal with appealId "999999". Look it up through a list field first.']]);
  });
});

describe('the history', () => {
  it('cannot be changed or removed, even in SQL', async () => {
    const connection = app.database.orm.em.fork().getConnection();
    await expect(connection.execute(`delete from case_event`)).rejects.toThrow(/the history of a case is append-only: event \d+ cannot be changed or removed/);
  });
});
