import { GraphQLError } from 'graphql';

const PREFIX = 'progress:';

/** Cursors are opaque to clients; inside they are the feed sequence, which only ever grows. */
export function toProgressCursor(sequence: number): string {
  return Buffer.from(`${PREFIX}${sequence}`).toString('base64url');
}

/** The sequence a cursor stands for; 0 (before every update) for no cursor. */
export function fromProgressCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const text = Buffer.from(cursor, 'base64url').toString();
  const sequence = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(sequence) || sequence < 0) {
    throw new GraphQLError(`"after" is not a progress-feed cursor: "${cursor}". Pass the pageInfo.endCursor of an earlier pilotProgressFeed page, or no cursor to start from the beginning.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return sequence;
}
