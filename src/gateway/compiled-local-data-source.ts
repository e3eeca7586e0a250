import { LocalGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { CompiledOperations } from './compiled-operations.js';

type Response = Awaited<ReturnType<LocalGraphQLDataSource['process']>>;

/** A subgraph in this process, its operations compiled by graphql-jit (compiled-operations.ts). */
export class CompiledLocalDataSource extends LocalGraphQLDataSource<RequestContext> {
  private readonly operations: CompiledOperations;

  constructor(schema: GraphQLSchema) {
    super(schema);
    this.operations = new CompiledOperations(schema);
  }

  override async process({ request, context }: Parameters<LocalGraphQLDataSource['process']>[0]): Promise<Response> {
    return (await this.operations.execute(request.query ?? '', request.operationName ?? undefined, context, request.variables)) as Response;
  }
}
