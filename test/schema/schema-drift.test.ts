import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';

const HOW_TO_FIX = 'schema/ is out of date with the code: run `npm run schema` and commit the result';

/*
 * The schema is built by `npm run schema`'s own script in a process of its own, not in the test
 * runner's: type-graphql sorts a field resolver's argument list in place the first time it runs
 * the field, so a schema built in a process that has served queries (every other test file shares
 * this one's modules) can list a field's arguments in another order than a fresh build does.
 */
let built: string;
beforeAll(async () => {
  built = await mkdtemp(join(tmpdir(), 'schema-drift-'));
  await promisify(execFile)(process.execPath, ['--import=@swc-node/register/esm-register', fromProjectRoot('scripts', 'generate-schema.ts'), built], { cwd: fromProjectRoot() });
});
afterAll(() => rm(built, { recursive: true, force: true }));

describe('the committed schema files are generated from the code', () => {
  it('has one file per subgraph and the supergraph, each equal to what the code builds', async () => {
    const files = (await readdir(built)).sort();
    expect(files).toEqual(['directory.graphql', 'pilots.graphql', 'reports.graphql', 'requests.graphql', 'supergraph.graphql']);
    expect((await readdir(fromProjectRoot('schema'))).sort()).toEqual(files);
    for (const file of files) {
      expect(await readFile(fromProjectRoot('schema', file), 'utf8'), `${HOW_TO_FIX} (schema/${file})`).toBe(await readFile(join(built, file), 'utf8'));
    }
  });
});
