import { describe, expect, it } from 'vitest';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Report } from '../../src/subgraphs/reports/report.entity.js';

// MikroORM and type-graphql read property types from emitted decorator metadata. If the test
// transform stops emitting it (Vite 7 resolved instead of 8), entities silently break.
describe('decorator metadata survives the test transform', () => {
  it('records design:type for entity properties', () => {
    expect(Reflect.getMetadata('design:type', Report.prototype, 'year')).toBe(Number);
    expect(Reflect.getMetadata('design:type', Government.prototype, 'name')).toBe(String);
  });
});
