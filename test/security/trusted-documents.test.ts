import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post, send } from './support.js';

// TRUSTED_DOCUMENTS: only the operations of a persisted-query manifest run.
const LISTED = 'query Linzi { region(code: "370305") { name } }';
const ALSO_LISTED = 'query Zibo { region(code: "370300") { name } }';
const id = (body: string) => createHash('sha256').update(body).digest('hex');
const manifest = (bodies: string[]) => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: bodies.map((body) => ({ id: id(body), name: body.split(' ')[1], type: 'query', body })),
});
const NOT_ON_LIST = {
  errors: [
    {
      message:
        'This server runs only the operations on its trusted-documents list, and this one is not on it. Add it to the manifest named by TRUSTED_DOCUMENTS, then send its id as extensions.persistedQuery.sha256Hash.',
      extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
    },
  ],
};
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

let app: TestApp;
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'trusted-documents-'));
  await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest([LISTED, ALSO_LISTED])));
  app = await startTestApp({ TRUSTED_DOCUMENTS: join(folder, 'manifest.json') });
});
afterAll(() => app?.stop());

describe('trusted documents', () => {
  it('run a listed operation named by its id, by POST or GET', async () => {
    const byId = await post(app.url, { extensions: persisted(id(LISTED)) });
    expect([byId.status, byId.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
    const get = await send(`${app.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(id(ALSO_LISTED))))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([get.status, get.body]).toEqual([200, { data: { region: { name: '淄博市' } } }]);
  });

  it('run a listed operation sent as its exact text', async () => {
    const result = await post(app.url, { query: LISTED });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });

  it('refuse anything else: other text, the same text spaced differently, unknown ids, APQ registration, introspection', async () => {
    const attempts = [
      { query: '{ regions { totalCount } }' },
      { query: LISTED.replace('{ name }', '{  name }') },
      { extensions: persisted('f'.repeat(64)) },
      { query: '{ regions { totalCount } }', extensions: persisted(id('{ regions { totalCount } }')) },
      { query: '{ __schema { queryType { name } } }' },
    ];
    for (const attempt of attempts) {
      const result = await post(app.url, attempt);
      expect([result.status, result.body], JSON.stringify(attempt)).toEqual([400, NOT_ON_LIST]);
    }
  });

  it('refuse to start on a manifest whose id does not match its body, or that is not a manifest', async () => {
    const bad = manifest([LISTED]);
    bad.operations[0].id = id(ALSO_LISTED);
    await writeFile(join(folder, 'bad.json'), JSON.stringify(bad));
    await expect(loadTrustedDocuments(join(folder, 'bad.json'))).rejects.toThrowError(
      `TRUSTED_DOCUMENTS: the id of operation Linzi in ${join(folder, 'bad.json')} is not the SHA-256 of its body.`,
    );
    await writeFile(join(folder, 'list.json'), JSON.stringify([LISTED]));
    await expect(startTestApp({ TRUSTED_DOCUMENTS: join(folder, 'list.json') })).rejects.toThrowError(
      `TRUSTED_DOCUMENTS: ${join(folder, 'list.json')} is not a persisted-query manifest: : Invalid input: expected object, received array`,
    );
  });
});
