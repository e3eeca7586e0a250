import { describe, expect, it } from 'vitest';
import { CommitClock } from '../../../src/ingest/pipeline/commit-clock.js';
import { importInWorkers } from '../../../src/ingest/pipeline/import-in-workers.js';
import type { SourceDone } from '../../../src/ingest/pipeline/import-sources.js';
import { freePort } from '../../support/throwaway-postgres.js';

const ISSUER = { regionPath: [{ code: '370000', name: '山东省', level: 'PROVINCE' as const }, { code: '370305', name: '临淄区', level: 'COUNTY' as const }] };

describe('an import thread that cannot open the database', () => {
  it('fails each source of its share with the reason, and the run goes on to the end', async () => {
    const url = `postgresql://app:app@127.0.0.1:${await freePort()}/app`;
    const shares = [
      [{ index: 0, path: 'seeds/linzi-2017.txt', issuer: ISSUER }, { index: 2, path: 'test/fixtures/corpus/06-fj-pingtan-zone-2019.txt', issuer: ISSUER }],
      [{ index: 1, path: 'test/fixtures/corpus/03-fj-pingtan-zone-2017.txt', issuer: ISSUER }],
    ];
    const results: SourceDone[] = [];
    await importInWorkers(url, shares, 2, new CommitClock(), (result) => results.push(result));

    const reason = `an import thread could not open the database (connect ECONNREFUSED ${url.slice(url.indexOf('@') + 1, url.lastIndexOf('/'))}), so nothing of this report was written; import it again once the database takes connections`;
    const failed = (index: number, source: string) => ({ index, outcome: { source, status: 'failed', error: { code: 'DATABASE_UNAVAILABLE', message: reason, line: null } }, written: null });
    expect(results.sort((a, b) => a.index - b.index)).toEqual([
      failed(0, 'seeds/linzi-2017.txt'),
      failed(1, 'test/fixtures/corpus/03-fj-pingtan-zone-2017.txt'),
      failed(2, 'test/fixtures/corpus/06-fj-pingtan-zone-2019.txt'),
    ]);
  });
});
