import { GraphQLError } from 'graphql';

export function notFound(typeName: string, key: string, value: string | number): GraphQLError {
  return new GraphQLError(`No ${typeName} with ${key} "${value}". Look it up through a list field first.`, {
    extensions: { code: 'NOT_FOUND', typeName, argumentName: key },
  });
}

/** Loads one row for a root lookup field, turning a miss into a NOT_FOUND error. */
export async function found<T>(row: Promise<T | null | undefined>, typeName: string, key: string, value: string | number): Promise<T> {
  const result = await row;
  if (result == null) throw notFound(typeName, key, value);
  return result;
}
