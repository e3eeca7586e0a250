import type { EntityManager } from '@mikro-orm/core';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { ApiKey, ApiKeyRole } from './api-key.entity.js';
import { generateKeySecret, hashKey } from './key-secret.js';

/** A request the key store cannot carry out, with what to do instead. */
export class KeyStoreError extends Error {}

export interface NewKeyRequest {
  role: ApiKeyRole;
  /** Required for editor keys: the government's id. */
  governmentId?: number;
  /** Required for provincial keys: the GB/T 2260 code of the region covered. */
  regionCode?: string;
  label?: string;
}

export interface CreatedKey {
  key: ApiKey;
  /** The key itself, to show once; only its hash is stored. */
  plaintext: string;
}

export async function createKey(em: EntityManager, request: NewKeyRequest): Promise<CreatedKey> {
  const scope = await resolveScope(em, request);
  const secret = generateKeySecret();
  const key = em.create(ApiKey, { prefix: secret.prefix, secretHash: secret.secretHash, role: request.role, label: request.label ?? null, ...scope });
  await em.flush();
  return { key, plaintext: secret.plaintext };
}

/** The government or region the key's role needs, checked to exist; nothing for admin keys. */
async function resolveScope(em: EntityManager, request: NewKeyRequest) {
  if (request.role === ApiKeyRole.EDITOR) {
    if (request.governmentId == null || request.regionCode != null) throw new KeyStoreError('An editor key needs --government <id> and no --region.');
    const government = await em.findOne(Government, { id: request.governmentId });
    if (!government) throw new KeyStoreError(`No government with id ${request.governmentId}. Look the id up in GraphQL: { governments { edges { node { id name } } } }.`);
    return { government };
  }
  if (request.role === ApiKeyRole.PROVINCIAL) {
    if (request.regionCode == null || request.governmentId != null) throw new KeyStoreError('A provincial key needs --region <code> and no --government.');
    const region = await em.findOne(Region, { code: request.regionCode });
    if (!region) throw new KeyStoreError(`No region with code ${request.regionCode}. Use a GB/T 2260 code the database holds, e.g. 370000.`);
    return { region };
  }
  if (request.governmentId != null || request.regionCode != null) {
    throw new KeyStoreError('An admin key covers everything: give neither --government nor --region.');
  }
  return {};
}

export interface KeyListing {
  id: number;
  prefix: string;
  role: ApiKeyRole;
  scope: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Every key, oldest first, with its scope spelled out; never anything secret. */
export async function listKeys(em: EntityManager): Promise<KeyListing[]> {
  const keys = await em.find(ApiKey, {}, { orderBy: { id: 'asc' }, populate: ['government', 'region'] });
  return keys.map((key) => ({
    id: key.id,
    prefix: key.prefix,
    role: key.role,
    scope: scopeText(key),
    label: key.label,
    createdAt: key.createdAt,
    revokedAt: key.revokedAt,
  }));
}

function scopeText(key: ApiKey): string {
  const government = key.government?.getEntity();
  const region = key.region?.getEntity();
  if (government) return `government ${government.id} ${government.name}`;
  if (region) return `region ${region.code} ${region.name} and below`;
  return 'everything';
}

/** Revokes a key for good. Revoking it again changes nothing and says so. */
export async function revokeKey(em: EntityManager, id: number, now = new Date()): Promise<{ key: ApiKey; alreadyRevoked: boolean }> {
  const key = await em.findOne(ApiKey, { id });
  if (!key) throw new KeyStoreError(`No API key with id ${id}. See the ids with: npm run keys -- list`);
  if (key.revokedAt) return { key, alreadyRevoked: true };
  key.revokedAt = now;
  await em.flush();
  return { key, alreadyRevoked: false };
}

/** The stored key a presented plaintext belongs to, revoked or not; null when none does. */
export function findKey(em: EntityManager, plaintext: string): Promise<ApiKey | null> {
  return em.findOne(ApiKey, { secretHash: hashKey(plaintext) });
}
