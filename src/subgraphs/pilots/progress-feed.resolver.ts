import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { pageWindow } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Region } from '../directory/region.entity.js';
import { fromProgressCursor, toProgressCursor } from './progress-cursor.js';
import { ProgressFeed, ProgressFeedArgs } from './progress-feed.types.js';
import { ProgressUpdate } from './progress-update.entity.js';

@Resolver(() => ProgressFeed)
export class ProgressFeedResolver {
  /**
   * One SELECT per page, ordered by the commit-ordered sequence (see the pilot_progress_feed
   * migration), so a puller that resumes from its last cursor neither skips nor repeats.
   */
  @Query(() => ProgressFeed, {
    description: 'Progress updates committed after a cursor, for provincial systems that sync incrementally; pull until hasNextPage is false and keep endCursor (试点进展增量推送)',
  })
  async pilotProgressFeed(@Args(() => ProgressFeedArgs) args: ProgressFeedArgs, @Ctx() { em }: RequestContext): Promise<ProgressFeed> {
    const { limit } = pageWindow({ first: args.first });
    const after = fromProgressCursor(args.after);
    const programmeId = args.programmeId == null ? null : toRowId(args.programmeId, 'PilotProgram');
    let regionId: number | null = null;
    if (args.region != null) {
      const region = await em.findOne(Region, { code: args.region });
      if (!region) throw notFound('Region', 'region', args.region);
      regionId = region.id;
    }

    const rows: Record<string, unknown>[] = await em.getConnection().execute(feedPageSql(regionId, programmeId), [
      ...(regionId === null ? [] : [regionId]),
      after,
      ...(programmeId === null ? [] : [programmeId]),
      limit + 1,
    ]);
    const updates = rows.slice(0, limit).map((row) => em.map(ProgressUpdate, row));
    const edges = updates.map((node) => ({ cursor: toProgressCursor(node.sequence), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: after > 0,
        startCursor: edges[0]?.cursor ?? args.after ?? null,
        endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
      },
    };
  }
}

/** The page's SELECT, with only the filters asked for, so the planner sees no always-true branches. */
function feedPageSql(regionId: number | null, programmeId: number | null): string {
  return `${regionId === null ? '' : `with recursive subtree(id) as (
      select id from region where id = ?
      union all
      select r.id from region r join subtree on r.parent_id = subtree.id
    )`}
    select u.* from progress_update u
    join pilot_area a on a.id = u.area_id
    join pilot_site s on s.id = a.site_id
    join government g on g.id = s.government_id
    where u.sequence > ?
    ${regionId === null ? '' : 'and g.region_id in (select id from subtree)'}
    ${programmeId === null ? '' : 'and s.programme_id = ?'}
    order by u.sequence
    limit ?`;
}
