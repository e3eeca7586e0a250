import { type EntityManager, LockMode } from '@mikro-orm/core';
import { requireWriteAccess } from '../../auth/guards.js';
import type { Viewer } from '../../auth/viewer.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { CaseEvent, type CaseEventKind } from './case-event.entity.js';
import { recheckLedgerReports } from './recheck-ledger-reports.js';
import { RequestCase } from './request-case.entity.js';

/**
 * The frame of every change to an existing case: one transaction, the case's row locked (so two
 * clerks replying at once are judged one after the other), the write guard, the change, and the
 * history event, all committed together or not at all. Returns the case as the database left it,
 * deadlines included.
 */
export async function changeCase(
  em: EntityManager,
  viewer: Viewer,
  caseId: string,
  action: string,
  kind: CaseEventKind,
  change: (tx: EntityManager, row: RequestCase) => Promise<Record<string, unknown>>,
): Promise<RequestCase> {
  const id = toRowId(caseId, 'RequestCase');
  return em.transactional(async (tx) => {
    const row = await tx.findOne(RequestCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row) throw notFound('RequestCase', 'caseId', caseId);
    requireWriteAccess(viewer, row.government.id, action);
    const details = await change(tx, row);
    tx.create(CaseEvent, { requestCase: row, kind, recordedBy: viewer.keyPrefix, details });
    await tx.flush();
    await recheckLedgerReports(tx, row.government.id, row.receivedOn);
    return (await tx.refresh(row))!;
  });
}
