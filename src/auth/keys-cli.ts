import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { ApiKeyRole } from './api-key.entity.js';
import { createKey, KeyStoreError, listKeys, revokeKey } from './key-store.js';

export const KEYS_USAGE = `Usage:
  npm run keys -- create --role editor --government <id> [--label <text>]
  npm run keys -- create --role provincial --region <code> [--label <text>]
  npm run keys -- create --role admin [--label <text>]
  npm run keys -- list
  npm run keys -- revoke <id>`;

export interface KeysIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `npm run keys`: creates, lists and revokes API keys. A new key is printed once and only its
 * hash is stored, so a lost key is revoked and replaced, never recovered. Returns the exit code.
 */
export async function runKeysCommand(argv: string[], orm: MikroORM, io: KeysIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, government: { type: 'string' }, region: { type: 'string' }, label: { type: 'string' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${KEYS_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const em = orm.em.fork();
  try {
    if (command === 'create' && rest.length === 0) {
      const role = Object.values(ApiKeyRole).find((r) => r === values.role);
      if (!role) throw new KeyStoreError(`--role must be one of ${Object.values(ApiKeyRole).join(', ')}; got ${values.role ?? 'nothing'}.`);
      const governmentId = values.government === undefined ? undefined : Number(values.government);
      if (governmentId !== undefined && !Number.isSafeInteger(governmentId)) throw new KeyStoreError(`--government takes a government id (a number); got ${values.government}.`);
      const { key, plaintext } = await createKey(em, { role, governmentId, regionCode: values.region, label: values.label });
      io.stdout.write(`Created API key ${key.id} (${key.role}, prefix ${key.prefix}). It is shown only this once; only its hash is stored:\n\n  ${plaintext}\n\nSend it as: Authorization: Bearer ${plaintext}\n`);
      return 0;
    }
    if (command === 'list' && rest.length === 0) {
      const keys = await listKeys(em);
      if (keys.length === 0) io.stdout.write('No API keys.\n');
      for (const key of keys) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        io.stdout.write(`${key.id}\t${key.prefix}…\t${key.role}\t${key.scope}\t${state}\tcreated ${key.createdAt.toISOString()}${key.label ? `\t${key.label}` : ''}\n`);
      }
      return 0;
    }
    if (command === 'revoke' && rest.length === 1) {
      const id = Number(rest[0]);
      if (!Number.isSafeInteger(id)) throw new KeyStoreError(`revoke takes a key id (a number, see list); got ${rest[0]}.`);
      const { key, alreadyRevoked } = await revokeKey(em, id);
      io.stdout.write(alreadyRevoked ? `API key ${key.id} (${key.prefix}…) was already revoked.\n` : `Revoked API key ${key.id} (${key.prefix}…).\n`);
      return 0;
    }
    io.stderr.write(`${KEYS_USAGE}\n`);
    return 2;
  } catch (error) {
    if (!(error instanceof KeyStoreError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
}
