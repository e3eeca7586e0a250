import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';

type Representation = { id: string };

/** Entity references from other subgraphs, resolved through the request's loaders: N references, one SELECT. */
export const directoryReferences = {
  Region: (ref: Representation, { loaders }: RequestContext) => loaders.regionById.load(toRowId(ref.id, 'Region')),
  Government: (ref: Representation, { loaders }: RequestContext) => loaders.governmentById.load(toRowId(ref.id, 'Government')),
  Department: (ref: Representation, { loaders }: RequestContext) => loaders.departmentById.load(toRowId(ref.id, 'Department')),
};
