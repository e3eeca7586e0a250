import type { GraphQLResolveInfo } from 'graphql';
import { type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { forbidden } from './auth-errors.js';
import { coversGovernment } from './scope.js';

/** What a protected field guards, and whose it is. */
export interface FieldRule<Root> {
  /** How the error names what is protected, e.g. "personal data (个人信息)". */
  what: string;
  /** The government whose data this row is; the key must cover it. */
  governmentOf(root: Root, context: RequestContext): number | Promise<number>;
}

/**
 * Field-level access control as a type-graphql middleware, so every resolver of the field is
 * guarded however the row was reached (a list, a reference from another subgraph, a lookup).
 * Without a covering key the field resolves to null with a FORBIDDEN error for that field alone;
 * the rest of the response is served as usual. Protected fields must be nullable.
 */
export function Protected<Root>(rule: FieldRule<Root>) {
  const guard: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
    // The public is refused before anything is looked up: anonymous reads cost no extra SQL.
    if (context.viewer.role === 'anonymous') throw refusal(rule, info, 'it needs an API key whose scope covers the government concerned');
    const governmentId = await rule.governmentOf(root as Root, context);
    if (!(await coversGovernment(context, governmentId))) {
      throw refusal(rule, info, `the API key ${context.viewer.keyPrefix}… does not cover government ${governmentId}`);
    }
    return next();
  };
  return UseMiddleware(guard);
}

function refusal(rule: FieldRule<unknown>, info: GraphQLResolveInfo, why: string) {
  return forbidden(`${info.parentType.name}.${info.fieldName} is ${rule.what}: ${why}.`);
}
