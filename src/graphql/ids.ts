import { GraphQLError } from 'graphql';

/** GraphQL IDs travel as strings; rows are keyed by integers. A malformed id is the caller's error. */
export function toRowId(id: string | number, typeName: string): number {
  const value = typeof id === 'number' ? id : Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new GraphQLError(`"${id}" is not a valid ${typeName} id: ids are positive integers, as returned by the API.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
    });
  }
  return value;
}
