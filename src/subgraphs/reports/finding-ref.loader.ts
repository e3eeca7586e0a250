import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { executeBound } from '../../db/execute-bound.js';
import { loaderOptions } from '../../db/loader-mode.js';
import { recordBatch } from '../../observability/loader-batches.js';
import { isCompactCellRef, isCompactProseRef, type StoredInvolvedRef } from '../../findings/stored-involved.js';
import type { FindingRef } from './finding.entity.js';
import type { FindingRefKind } from './finding-enums.js';

/** A row of the finding's own report that a stored ref leaves its text to: a cell by code, or a prose figure by measure and line. */
interface OwnRowKey {
  reportId: number;
  code: string;
  /** Set for a prose figure, absent for a cell. */
  line?: number;
}

interface OwnRowText {
  label: string | null;
  text: string | null;
  line: number | null;
}

const OWN_ROWS_SQL = `
  select k.i, c.label, coalesce(c.raw, p.sentence) as text, coalesce(c.line, k.line) as line
    from json_to_recordset(?::json) k(i int, report_id int, code text, line int)
    left join statistics_cell c on k.line is null and c.report_id = k.report_id and c.code = k.code
    left join lateral (select sentence from prose_figure p where k.line is not null and p.report_id = k.report_id and p.line = k.line and p.measure = k.code
                       order by p.ordinal limit 1) p on true`;

/** The texts of many stored refs' own rows in one SELECT; a row no longer there gives nulls. */
async function loadOwnRowTexts(em: EntityManager, keys: readonly OwnRowKey[]): Promise<OwnRowText[]> {
  recordBatch(keys.length);
  const wanted = keys.map((k, i) => ({ i, report_id: k.reportId, code: k.code, line: k.line ?? null }));
  // Bound, not inlined: a page of findings asks for thousands of refs, and inlining escapes every character of their JSON.
  const rows = await executeBound<{ i: number; label: string | null; text: string | null; line: number | null }>(em, OWN_ROWS_SQL, [JSON.stringify(wanted)]);
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((_, i) => {
    const row = byIndex.get(i);
    return { label: row?.label ?? null, text: row?.text ?? null, line: row?.line ?? null };
  });
}

export const findingRefLoaders = (em: EntityManager) => ({
  ownRowText: new DataLoader<OwnRowKey, OwnRowText, string>((keys) => loadOwnRowTexts(em, keys), {
    ...loaderOptions(),
    cacheKeyFn: (k) => `${k.reportId}\u0000${k.code}\u0000${k.line ?? ''}`,
  }),
});

type OwnRowLoader = ReturnType<typeof findingRefLoaders>['ownRowText'];

/** A finding's refs as the API gives them, whole: what storedInvolved left out is read back from the report's own rows. */
export async function wholeInvolved(reportId: number, stored: StoredInvolvedRef[], loader: OwnRowLoader): Promise<FindingRef[]> {
  return Promise.all(
    stored.map(async (ref): Promise<FindingRef> => {
      const whole = { kind: ref.kind as FindingRefKind, code: ref.code, label: ref.label ?? null, value: ref.value, text: ref.text ?? null, line: ref.line ?? null, year: ref.year ?? null };
      if (isCompactCellRef(ref)) {
        const own = await loader.load({ reportId, code: ref.code! });
        return { ...whole, label: own.label, text: own.text, line: own.line };
      }
      if (isCompactProseRef(ref)) return { ...whole, text: (await loader.load({ reportId, code: ref.code!, line: ref.line! })).text };
      return whole;
    }),
  );
}
