import { createHash, randomBytes } from 'node:crypto';

/**
 * API key format: `dgk_` and 43 base64url characters (32 random bytes). 256 bits of entropy make
 * a fast hash safe to store: there is nothing to guess from a SHA-256 of it, so no slow KDF and
 * no salt are needed, and a lookup by hash is one indexed query.
 */
const KEY_PATTERN = /^dgk_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 12; // `dgk_` and 8 characters: enough to tell keys apart, far too few to guess the rest.

export interface NewKeySecret {
  /** The key to hand over; shown once, never stored. */
  plaintext: string;
  prefix: string;
  secretHash: string;
}

export function generateKeySecret(): NewKeySecret {
  const plaintext = `dgk_${randomBytes(32).toString('base64url')}`;
  return { plaintext, prefix: keyPrefix(plaintext), secretHash: hashKey(plaintext) };
}

export function hashKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

export function keyPrefix(plaintext: string): string {
  return plaintext.slice(0, PREFIX_LENGTH);
}

export function isWellFormedKey(token: string): boolean {
  return KEY_PATTERN.test(token);
}
