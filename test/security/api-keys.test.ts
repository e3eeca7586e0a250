import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeysCommand } from '../../src/auth/keys-cli.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, post } from './support.js';

// API keys end to end: the CLI creates, lists and revokes them; the server accepts a live key,
// refuses a revoked, unknown or malformed one with 401, and serves a request without one as public.
let app: TestApp;
let linziId: number;
beforeAll(async () => {
  app = await startTestApp();
  linziId = Number((await app.data('{ region(code: "370305") { governments { id } } }')).region.governments[0].id);
});
afterAll(() => app?.stop());

async function keys(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runKeysCommand(argv, app.database.orm, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

const plaintextIn = (output: string) => output.match(/^ {2}(dgk_\S+)$/m)![1];
const WHO = '{ region(code: "370305") { name } }';
const HINT = 'Send "Authorization: Bearer <key>" with a key from `npm run keys -- create`, or no Authorization header to read public data.';
const refusal = (message: string) => ({ errors: [{ message: `${message} ${HINT}`, extensions: { code: 'UNAUTHENTICATED' } }] });
const created: string[] = [];

describe('npm run keys', () => {
  it('creates a key of each role, printing it once', async () => {
    const editor = await keys('create', '--role', 'editor', '--government', String(linziId), '--label', '临淄区政府办公室');
    expect(editor.code).toBe(0);
    const key = plaintextIn(editor.stdout);
    expect(key).toMatch(/^dgk_[A-Za-z0-9_-]{43}$/);
    expect(editor.stdout).toBe(
      `Created API key 1 (editor, prefix ${key.slice(0, 12)}). It is shown only this once; only its hash is stored:\n\n  ${key}\n\nSend it as: Authorization: Bearer ${key}\n`,
    );
    const provincial = await keys('create', '--role', 'provincial', '--region', '370000');
    const admin = await keys('create', '--role', 'admin');
    expect([provincial.code, admin.code]).toEqual([0, 0]);
    created.push(key, plaintextIn(provincial.stdout), plaintextIn(admin.stdout));
    expect(new Set(created).size).toBe(3);
  });

  it('refuses a create that does not fit the role, saying what to give', async () => {
    expect(await keys('create', '--role', 'editor', '--government', '999999')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No government with id 999999. Look the id up in GraphQL: { governments { edges { node { id name } } } }.\n',
    });
    expect(await keys('create', '--role', 'editor', '--region', '370000')).toEqual({ code: 1, stdout: '', stderr: 'An editor key needs --government <id> and no --region.\n' });
    expect(await keys('create', '--role', 'provincial', '--region', '999999')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No region with code 999999. Use a GB/T 2260 code the database holds, e.g. 370000.\n',
    });
    expect(await keys('create', '--role', 'admin', '--region', '370000')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'An admin key covers everything: give neither --government nor --region.\n',
    });
    expect(await keys('create', '--role', 'root')).toEqual({ code: 1, stdout: '', stderr: '--role must be one of editor, provincial, admin; got root.\n' });
    const unknown = await keys('rotate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Usage:\n {2}npm run keys -- create --role editor --government <id>/);
  });

  it('lists keys by prefix and scope, never the key', async () => {
    const { code, stdout } = await keys('list');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => line.split('\t').map((cell) => cell.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, '<time>')));
    expect(lines).toEqual([
      ['1', `${created[0].slice(0, 12)}…`, 'editor', `government ${linziId} 临淄区人民政府`, 'active', 'created <time>', '临淄区政府办公室'],
      ['2', `${created[1].slice(0, 12)}…`, 'provincial', 'region 370000 山东省 and below', 'active', 'created <time>'],
      ['3', `${created[2].slice(0, 12)}…`, 'admin', 'everything', 'active', 'created <time>'],
    ]);
    for (const key of created) expect(stdout).not.toContain(key.slice(12));
  });

  it('stores no key in plaintext anywhere in the database, only its SHA-256', async () => {
    const connection = app.database.orm.em.fork().getConnection();
    const tables: { table_name: string }[] = await connection.execute(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toContain('api_key');
    let dump = '';
    for (const { table_name } of tables) dump += JSON.stringify(await connection.execute(`select * from "${table_name}"`));
    for (const key of created) {
      expect(dump).not.toContain(key.slice(12));
      expect(dump).toContain(createHash('sha256').update(key).digest('hex'));
    }
    const rows = await connection.execute('select id, prefix, secret_hash, role, government_id, region_id, label, revoked_at from api_key order by id');
    expect(rows.map((row: any) => ({ ...row }))).toEqual(
      created.map((key, index) => ({
        id: index + 1,
        prefix: key.slice(0, 12),
        secret_hash: createHash('sha256').update(key).digest('hex'),
        role: ['editor', 'provincial', 'admin'][index],
        government_id: index === 0 ? linziId : null,
        region_id: index === 1 ? expect.any(Number) : null,
        label: index === 0 ? '临淄区政府办公室' : null,
        revoked_at: null,
      })),
    );
  });

  it('serves a live key, and refuses it with 401 once revoked', async () => {
    const live = await post(app.url, { query: WHO }, bearer(created[0]));
    expect([live.status, live.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
    expect(await keys('revoke', '1')).toEqual({ code: 0, stdout: `Revoked API key 1 (${created[0].slice(0, 12)}…).\n`, stderr: '' });
    expect(await keys('revoke', '1')).toEqual({ code: 0, stdout: `API key 1 (${created[0].slice(0, 12)}…) was already revoked.\n`, stderr: '' });
    expect(await keys('revoke', '99')).toEqual({ code: 1, stdout: '', stderr: 'No API key with id 99. See the ids with: npm run keys -- list\n' });
    const revoked = await post(app.url, { query: WHO }, bearer(created[0]));
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer');
    const today = new Date().toISOString().slice(0, 10);
    expect(revoked.body).toEqual(refusal(`The API key ${created[0].slice(0, 12)}… was revoked on ${today}.`));
    // The other keys are untouched.
    expect((await post(app.url, { query: WHO }, bearer(created[1]))).status).toBe(200);
  });
});

describe('the Authorization header', () => {
  it('may be left out: the request is the public reader', async () => {
    const result = await post(app.url, { query: WHO });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz', 'The Authorization header is malformed: it must be "Bearer <key>".'],
    ['a scheme without a key', 'Bearer', 'The Authorization header is malformed: it must be "Bearer <key>".'],
    ['two words after Bearer', 'Bearer dgk_a dgk_b', 'The Authorization header is malformed: it must be "Bearer <key>".'],
    ['a key of the wrong shape', 'Bearer 12345', 'The API key is malformed: keys are "dgk_" followed by 43 letters, digits, "-" or "_".'],
    ['a key one character short', `Bearer dgk_${'a'.repeat(42)}`, 'The API key is malformed: keys are "dgk_" followed by 43 letters, digits, "-" or "_".'],
    ['a well-formed key nobody issued', `Bearer dgk_${'a'.repeat(43)}`, 'The API key is not known.'],
  ])('refuses %s with 401 UNAUTHENTICATED, before running anything', async (_case, header, message) => {
    const result = await post(app.url, { query: WHO }, { authorization: header });
    expect(result.status).toBe(401);
    expect(result.body).toEqual(refusal(message));
  });

  it('accepts the scheme in any case, as HTTP allows', async () => {
    const result = await post(app.url, { query: WHO }, { authorization: `bearer ${created[2]}` });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });
});
