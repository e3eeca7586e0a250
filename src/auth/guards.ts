import { GraphQLError } from 'graphql';
import { ApiKeyRole } from './api-key.entity.js';
import { forbidden } from './auth-errors.js';
import type { Viewer } from './viewer.js';

/**
 * Who may write a government's data (its ledger, its pilot progress): an editor key of that
 * government, or an admin key. Provincial keys read; they never write.
 */
export function canWrite(viewer: Viewer, governmentId: number): boolean {
  if (viewer.role === ApiKeyRole.ADMIN) return true;
  return viewer.role === ApiKeyRole.EDITOR && viewer.governmentId === governmentId;
}

/**
 * The guard every mutation calls before it changes a government's data. `action` names the write
 * in the error, e.g. "Recording a request case". Throws UNAUTHENTICATED without a key and
 * FORBIDDEN with a key that does not cover the government.
 */
export function requireWriteAccess(viewer: Viewer, governmentId: number, action: string): asserts viewer is Exclude<Viewer, { role: 'anonymous' }> {
  if (canWrite(viewer, governmentId)) return;
  if (viewer.role === 'anonymous') {
    throw new GraphQLError(`${action} needs an API key: send "Authorization: Bearer <key>" with an editor key of government ${governmentId}.`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  const why =
    viewer.role === ApiKeyRole.EDITOR ? `the key ${viewer.keyPrefix}… writes for government ${viewer.governmentId} only` : 'provincial keys only read';
  throw forbidden(`${action} for government ${governmentId} needs an editor key of that government or an admin key; ${why}.`);
}

/** The guard of writes that belong to no one government, such as a programme's schedule. */
export function requireAdmin(viewer: Viewer, action: string): asserts viewer is Extract<Viewer, { role: ApiKeyRole.ADMIN }> {
  if (viewer.role === ApiKeyRole.ADMIN) return;
  if (viewer.role === 'anonymous') {
    throw new GraphQLError(`${action} needs an admin API key: send "Authorization: Bearer <key>".`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  throw forbidden(`${action} needs an admin key; the key ${viewer.keyPrefix}… is a ${viewer.role.toLowerCase()} key.`);
}
