import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';

type Representation = { id: string };

export const reportsReferences = {
  Report: (ref: Representation, { loaders }: RequestContext) => loaders.reportById.load(toRowId(ref.id, 'Report')),
  Document: (ref: Representation, { loaders }: RequestContext) => loaders.documentById.load(toRowId(ref.id, 'Document')),
  KeyDomain: (ref: Representation, { loaders }: RequestContext) => loaders.keyDomainById.load(toRowId(ref.id, 'KeyDomain')),
  // Only the key is needed to hang fields on another subgraph's entity: no SELECT at all.
  Government: (ref: Representation) => ({ id: toRowId(ref.id, 'Government') }),
  Department: (ref: Representation) => ({ id: toRowId(ref.id, 'Department') }),
};
