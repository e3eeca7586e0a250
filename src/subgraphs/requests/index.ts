import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { CalendarResolver } from './calendar.resolver.js';
import { LedgerMutationsResolver } from './ledger-mutations.resolver.js';
import { GovernmentLedgerResolver, RequestCaseResolver } from './request-case.resolver.js';

type Representation = { id: string };

/** Applications for information (依申请公开): the case ledger each government keeps. */
export const requestsSubgraph: SubgraphDefinition = {
  name: 'requests',
  resolvers: [RequestCaseResolver, GovernmentLedgerResolver, CalendarResolver, LedgerMutationsResolver],
  references: {
    RequestCase: (ref: Representation, { loaders }: RequestContext) => loaders.requestCaseById.load(toRowId(ref.id, 'RequestCase')),
    Government: (ref: Representation) => ({ id: toRowId(ref.id, 'Government') }),
  },
};
