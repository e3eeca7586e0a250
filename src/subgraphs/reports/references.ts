import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';

type Representation = { id: string };

export const reportsReferences = {
  Report: (ref: Representation, { loaders }: RequestContext) => loaders.reportById.load(toRowId(ref.id, 'Report')),
  // Only the key is needed to hang `reports` on a government: no SELECT at all.
  Government: (ref: Representation) => ({ id: toRowId(ref.id, 'Government') }),
};
