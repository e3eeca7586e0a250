import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';

/** What a key may do. Scopes follow the region tree: a province's key covers its cities and counties. */
export enum ApiKeyRole {
  /** Writes for one government (its ledger, its pilot progress) and reads its protected fields. */
  EDITOR = 'editor',
  /** Reads the personal data and internal notes of every government under one region. */
  PROVINCIAL = 'provincial',
  /** Everything, everywhere. */
  ADMIN = 'admin',
}

/**
 * An API key. Only the SHA-256 of the key is kept: the key itself is shown once, when created,
 * and a database dump gives nobody a usable key. The prefix is the key's first characters, not
 * secret, so people can tell their keys apart in `npm run keys -- list`.
 */
@Entity({ tableName: 'api_key' })
@Check({
  name: 'api_key_scope_matches_role',
  expression: `(role = 'editor' and government_id is not null and region_id is null)
    or (role = 'provincial' and region_id is not null and government_id is null)
    or (role = 'admin' and government_id is null and region_id is null)`,
})
export class ApiKey {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 16, unique: true })
  prefix!: string;

  /** Hex SHA-256 of the whole key. */
  @Property({ length: 64, unique: true })
  secretHash!: string;

  @Enum({ items: () => ApiKeyRole, nativeEnumName: 'api_key_role' })
  role!: ApiKeyRole;

  /** The government an editor key writes for; null for other roles. */
  @ManyToOne(() => Government, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  government: Ref<Government> | null = null;

  /** The region a provincial key reads under; null for other roles. */
  @ManyToOne(() => Region, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  region: Ref<Region> | null = null;

  /** Who or what the key is for, as told when it was created. */
  @Property({ type: 'text', nullable: true })
  label: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  /** Set once when the key is revoked; a revoked key is refused from then on. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
