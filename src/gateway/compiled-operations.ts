import { type DocumentNode, execute, type ExecutionResult, getOperationAST, type GraphQLError, type GraphQLInputType, type GraphQLSchema, isLeafType, Kind, parse, typeFromAST, validate, valueFromAST } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** How many distinct operations keep their compiled form; a gateway's query plans repeat a few. */
const COMPILED_OPERATIONS = 500;

interface Compiled {
  document: DocumentNode;
  /** Null: run on graphql-js. */
  query: CompiledQuery | null;
  defaults: Record<string, unknown>;
}

/**
 * Operations on one schema, executed by graphql-jit: each is parsed, validated and compiled to a
 * function once, then run as that function. Operations with variables of input-object or list
 * types run on graphql-js instead: graphql-jit's coercion of those differs from the spec's (it
 * ignores input fields' defaults), and they are mutations and small lookups, not big lists.
 *
 * Why: graphql-js walks the operation for every object of the result; on a page of 500 reports
 * that walk, and the promises it makes, were about a third of the server's CPU. The compiled form
 * cut the CPU per provincial dashboard by a fifth to a third (README "Latest results").
 */
export class CompiledOperations {
  private readonly compiled = new LRUCache<string, Compiled>({ max: COMPILED_OPERATIONS });

  constructor(private readonly schema: GraphQLSchema) {}

  /** Runs `source`; pass `document` when it is already parsed and validated against the schema. */
  async execute(source: string, operationName: string | undefined, context: unknown, variables: Record<string, unknown> | undefined, document?: DocumentNode): Promise<ExecutionResult> {
    const key = `${operationName ?? ''}\n${source}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      if (!document) {
        try {
          document = parse(source);
        } catch (error) {
          return { errors: [error as GraphQLError] };
        }
        const errors = validate(this.schema, document);
        if (errors.length > 0) return { errors };
      }
      const made = this.compile(document, operationName);
      if (!('document' in made)) return made;
      compiled = made;
      this.compiled.set(key, compiled);
    }
    if (compiled.query) return compiled.query.query(undefined, context, { ...compiled.defaults, ...variables });
    return execute({ schema: this.schema, document: compiled.document, operationName, contextValue: context, variableValues: variables });
  }

  private compile(document: DocumentNode, operationName: string | undefined): Compiled | ExecutionResult {
    const operation = getOperationAST(document, operationName);
    const leafVariablesOnly = (operation?.variableDefinitions ?? []).every((definition) => {
      const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
      return type.kind === Kind.NAMED_TYPE && isLeafType(this.schema.getType(type.name.value));
    });
    if (!leafVariablesOnly) return { document, query: null, defaults: {} };
    const query = compileQuery(this.schema, document, operationName);
    if (!isCompiledQuery(query)) return query;
    return { document, query, defaults: variableDefaults(this.schema, document, operationName) };
  }
}

/**
 * The defaults an operation declares for its variables. graphql-jit refuses a non-null variable
 * left out even when it has a default (`$year: Int! = 2017`), which the spec and graphql-js
 * accept, and the gateway leaves such variables out of its subgraph fetches.
 */
function variableDefaults(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of getOperationAST(document, operationName)?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (definition.defaultValue && type) defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }
  return defaults;
}
