import type { SubgraphDefinition } from '../subgraph.js';
import { DepartmentResolver } from './department.resolver.js';
import { GovernmentResolver } from './government.resolver.js';
import { directoryReferences } from './references.js';
import { RegionResolver } from './region.resolver.js';

/** Who is who: regions, governments and their departments (行政区划、人民政府与部门). */
export const directorySubgraph: SubgraphDefinition = {
  name: 'directory',
  resolvers: [RegionResolver, GovernmentResolver, DepartmentResolver],
  references: directoryReferences,
};
