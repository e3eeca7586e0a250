import { type GraphQLSchema, isEnumType, isInputObjectType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSubgraphs } from '../../src/subgraphs/index.js';

const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH = /[A-Za-z]{3,}/;
// Root operation types get no description from type-graphql; their fields carry them.
const isFederationMachinery = (name: string) => /^(__|_|link__|federation__|join__)/.test(name) || name === 'Query' || name === 'Mutation';

/** Every element of a schema that a client sees, with its description. */
function describedElements(schema: GraphQLSchema): [string, string | null | undefined][] {
  const elements: [string, string | null | undefined][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isSpecifiedScalarType(type) || (isScalarType(type) && type.name.startsWith('_'))) continue;
    if (/^(__|_)/.test(type.name)) continue;
    if (!isFederationMachinery(type.name)) elements.push([type.name, type.description]);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        elements.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of 'args' in field ? field.args : []) elements.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
      }
    }
    if (isEnumType(type) && !isFederationMachinery(type.name)) {
      for (const value of type.getValues()) elements.push([`${type.name}.${value.name}`, value.description]);
    }
  }
  return elements;
}

describe('every type, field, argument and enum value is described in English with the Chinese term', async () => {
  const subgraphs = await buildSubgraphs();
  for (const [name, schema] of subgraphs) {
    it(`holds in the ${name} subgraph`, () => {
      const missing = describedElements(schema)
        .filter(([, description]) => !description || !CHINESE.test(description) || !ENGLISH.test(description))
        .map(([element, description]) => `${element}: ${description ?? '(none)'}`);
      expect(missing).toEqual([]);
    });
  }
});
