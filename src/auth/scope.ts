import type { RequestContext } from '../graphql/context.js';
import { ApiKeyRole } from './api-key.entity.js';

/**
 * Whether the viewer's key covers a government, for reading its protected fields: an admin key
 * covers all, an editor key its own government, a provincial key every government whose region
 * lies in its region's subtree. The public covers nothing, and finding that out costs no SQL.
 */
export async function coversGovernment(context: Pick<RequestContext, 'viewer' | 'loaders'>, governmentId: number): Promise<boolean> {
  const { viewer } = context;
  switch (viewer.role) {
    case 'anonymous':
      return false;
    case ApiKeyRole.ADMIN:
      return true;
    case ApiKeyRole.EDITOR:
      return viewer.governmentId === governmentId;
    case ApiKeyRole.PROVINCIAL:
      return (await context.loaders.regionPathByGovernment.load(governmentId)).includes(viewer.regionId);
  }
}
