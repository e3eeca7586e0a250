import { LockMode } from '@mikro-orm/core';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireWriteAccess } from '../../auth/guards.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { chinaToday } from '../../graphql/china-today.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotPhase } from './pilot-phase.entity.js';
import { PilotSite } from './pilot-site.entity.js';
import { progressProblem } from './progress-rules.js';
import { ProgressUpdate } from './progress-update.entity.js';
import { ReportPilotProgressInput } from './report-progress.input.js';

@Resolver(() => ProgressUpdate)
export class ReportProgressResolver {
  /**
   * Appends one statement of progress. The area's row is locked for the transaction, so two
   * editors reporting the same area at once are judged one after the other, each against the
   * other's statement, and neither can slip a backwards move past the rules.
   */
  @Mutation(() => ProgressUpdate, {
    description: 'Report where a pilot area stands; needs an editor key of the site’s government or an admin key (填报试点进展)',
  })
  async reportPilotProgress(
    @Arg('input', () => ReportPilotProgressInput, { description: 'The area, its phase and status, and what was done (试点进展)' }) input: ReportPilotProgressInput,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<ProgressUpdate> {
    const areaId = toRowId(input.areaId, 'PilotArea');
    return em.transactional(async (tx) => {
      const area = await tx.findOne(PilotArea, { id: areaId });
      if (!area) throw notFound('PilotArea', 'areaId', input.areaId);
      const site = await tx.findOneOrFail(PilotSite, { id: area.site.id });
      requireWriteAccess(viewer, site.government.id, 'Reporting pilot progress');
      await tx.lock(area, LockMode.PESSIMISTIC_WRITE);

      const phases = await tx.find(PilotPhase, { programme: site.programme }, { orderBy: { ordinal: 'asc' } });
      const latest = await tx.findOne(ProgressUpdate, { area }, { orderBy: { sequence: 'desc' }, populate: ['phase'] as never[] });
      const problem = progressProblem(input, {
        phases,
        designatedOn: site.designatedOn,
        latest: latest && { phaseOrdinal: latest.phase.getEntity().ordinal, status: latest.status, asOf: latest.asOf },
        today: chinaToday(),
      });
      if (problem) throw problem;

      return tx.create(ProgressUpdate, {
        area,
        phase: phases.find((p) => p.ordinal === input.phase)!,
        status: input.status,
        percent: input.percent ?? null,
        note: input.note.trim(),
        asOf: input.asOf,
        reason: input.reason?.trim() || null,
        internalNote: input.internalNote?.trim() || null,
        reporter: viewer.keyPrefix,
      });
    });
  }
}
