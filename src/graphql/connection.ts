import { GraphQLError } from 'graphql';
import { connectionFromArraySlice, cursorToOffset, offsetToCursor } from 'graphql-relay';
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';

/** The default of MAX_PAGE_SIZE, the largest page any connection returns. */
export const DEFAULT_MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

let maxPageSize = DEFAULT_MAX_PAGE_SIZE;

/**
 * Set once at start-up from MAX_PAGE_SIZE: a server setting, like the port, that every
 * connection of the process obeys. Larger `first` values are refused, not clamped.
 */
export function setMaxPageSize(size: number): void {
  maxPageSize = size;
}

export function currentMaxPageSize(): number {
  return maxPageSize;
}

@ObjectType({ description: 'Position of a page within a list (分页信息), per the Relay connection spec' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether more items follow this page (是否有下一页)' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page (是否有上一页)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page (起始游标)' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page (结束游标)' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size (每页条数), 1 to the server's MAX_PAGE_SIZE (${DEFAULT_MAX_PAGE_SIZE} unless configured); default ${DEFAULT_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (游标), taken from `pageInfo.endCursor`' })
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

/** Turns `first`/`after` into an offset window, refusing sizes and cursors a client got wrong. */
export function pageWindow({ first, after }: PageArgs): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    // Too large a page is a limit breach with its own code; zero or negative is plain bad input.
    throw new GraphQLError(`"first" must be between 1 and ${maxPageSize}; got ${first}. Page through longer lists with "after".`, {
      extensions: { code: limit > maxPageSize ? 'PAGE_SIZE_LIMIT_EXCEEDED' : 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  if (after == null) return { offset: 0, limit };
  const offset = cursorToOffset(after);
  if (!Number.isInteger(offset) || offset < 0) {
    throw new GraphQLError(`"after" is not a cursor this API issued: "${after}". Use a cursor from pageInfo.endCursor or edges.cursor.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return { offset: offset + 1, limit };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a connection from one page of rows already fetched at `page.offset`. */
export function connectionFromPage<T>(rows: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const connection = connectionFromArraySlice(rows, { first: page.limit, after: page.offset > 0 ? offsetToCursor(page.offset - 1) : undefined }, { sliceStart: page.offset, arrayLength: totalCount });
  return { ...connection, totalCount };
}

/** Builds a connection from a whole, already loaded list (children of one parent). */
export function connectionFromList<T>(all: T[], args: PageArgs): ConnectionShape<T> {
  const page = pageWindow(args);
  return connectionFromPage(all.slice(page.offset, page.offset + page.limit), page, all.length);
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${description}` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item (游标)' })
    cursor!: string;

    @Field(() => node, { description: 'The item (条目)' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'Items of this page, with cursors (条目)' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list (分页信息)' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across pages (总数)' })
    totalCount!: number;
  }
  return ConnectionType;
}
