import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { DEFAULT_MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, PageInfo } from '../../graphql/connection.js';
import { ProgressUpdate } from './progress-update.entity.js';

@ArgsType()
export class ProgressFeedArgs {
  @Field(() => String, { nullable: true, description: 'GB/T 2260 code of a region; only sites of governments in it or under it, e.g. 370000 for 山东省 (行政区划代码)' })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this programme’s sites (试点项目标识)' })
  programmeId?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size (每页条数), 1 to the server's MAX_PAGE_SIZE (${DEFAULT_MAX_PAGE_SIZE} unless configured); default ${DEFAULT_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Resume after this cursor: the `pageInfo.endCursor` of the last page pulled (游标)' })
  after?: string | null;
}

@ObjectType({ description: 'One update in the progress feed, with its position (进展推送条目)' })
export class ProgressFeedEdge {
  @Field({ description: 'Position of this update in the feed; pass it as `after` to resume behind it (游标)' })
  cursor!: string;

  @Field(() => ProgressUpdate, { description: 'The update (试点进展记录)' })
  node!: ProgressUpdate;
}

@ObjectType({ description: 'A page of progress updates in the order they were committed, for incremental pulls (试点进展增量推送)' })
export class ProgressFeed {
  @Field(() => [ProgressFeedEdge], { description: 'Updates committed after the cursor, oldest first (进展记录)' })
  edges!: ProgressFeedEdge[];

  @Field(() => PageInfo, {
    description: 'Where to resume: `endCursor` is the last update’s cursor, or the `after` given when nothing new was committed, so it can always be stored for the next pull (分页信息)',
  })
  pageInfo!: PageInfo;
}
