import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import { FindingDecision, type FindingReview } from './finding-review.entity.js';
import { recordBatch } from '../../observability/loader-batches.js';

type ReviewView = Pick<FindingReview, 'decision' | 'comment' | 'reviewedBy' | 'reviewedAt'>;

/**
 * Every decision on each finding, oldest first, matched through its report's issuer and year
 * and its fingerprint: one SELECT for a whole list of findings. The last one is the review.
 */
export const findingReviewLoaders = (em: EntityManager) => ({
  reviewsByFinding: new DataLoader<number, ReviewView[]>(async (findingIds) => {
    recordBatch(findingIds.length);
    const rows: { finding_id: number; decision: FindingDecision; comment: string; reviewed_by: string; reviewed_at: Date }[] = await em.getConnection().execute(
      `select f.id as finding_id, v.decision, v.comment, v.reviewed_by, v.reviewed_at
         from finding f
         join report r on r.id = f.report_id
         join finding_review v on v.government_id = r.government_id and v.department_id is not distinct from r.department_id
                              and v.year = r.year and v.fingerprint = f.fingerprint
        where f.id in (${findingIds.map(() => '?').join(', ')})
        order by v.id`,
      [...findingIds],
    );
    const byId = new Map<number, ReviewView[]>(findingIds.map((id) => [id, []]));
    for (const row of rows) {
      byId.get(Number(row.finding_id))?.push({ decision: row.decision, comment: row.comment, reviewedBy: row.reviewed_by, reviewedAt: new Date(row.reviewed_at) });
    }
    return findingIds.map((id) => byId.get(id)!);
  }, loaderOptions()),
});
