import type { EntityManager } from '@mikro-orm/core';
import { ApiKeyRole } from './api-key.entity.js';
import { unauthenticated } from './auth-errors.js';
import { isWellFormedKey } from './key-secret.js';
import { findKey } from './key-store.js';

/** Who is asking: the public, or the holder of one API key with its role and scope. */
export type Viewer =
  | { role: 'anonymous' }
  | { role: ApiKeyRole.EDITOR; keyId: number; keyPrefix: string; governmentId: number }
  | { role: ApiKeyRole.PROVINCIAL; keyId: number; keyPrefix: string; regionId: number }
  | { role: ApiKeyRole.ADMIN; keyId: number; keyPrefix: string };

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous' });

const BEARER = /^Bearer +(\S+)$/i;

/**
 * Turns the Authorization header into a viewer, once per request. No header is the anonymous
 * public reader and costs no SQL; any header that is there must carry a live key, or the whole
 * request is refused with UNAUTHENTICATED (HTTP 401) rather than quietly served as public.
 */
export async function resolveViewer(em: EntityManager, authorization: string | undefined): Promise<Viewer> {
  if (authorization === undefined) return ANONYMOUS;
  const token = BEARER.exec(authorization.trim())?.[1];
  if (!token) throw unauthenticated('The Authorization header is malformed: it must be "Bearer <key>".');
  if (!isWellFormedKey(token)) throw unauthenticated('The API key is malformed: keys are "dgk_" followed by 43 letters, digits, "-" or "_".');
  const key = await findKey(em, token);
  if (!key) throw unauthenticated('The API key is not known.');
  if (key.revokedAt) throw unauthenticated(`The API key ${key.prefix}… was revoked on ${key.revokedAt.toISOString().slice(0, 10)}.`);
  const holder = { keyId: key.id, keyPrefix: key.prefix };
  switch (key.role) {
    case ApiKeyRole.EDITOR:
      return { role: key.role, ...holder, governmentId: key.government!.id };
    case ApiKeyRole.PROVINCIAL:
      return { role: key.role, ...holder, regionId: key.region!.id };
    case ApiKeyRole.ADMIN:
      return { role: key.role, ...holder };
  }
}
