import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Timestamp } from '../../graphql/scalars.js';
import { Report } from './report.entity.js';

export enum ReportVersionKind {
  IMPORT = 'IMPORT',
  CORRECTION = 'CORRECTION',
  REIMPORT = 'REIMPORT',
}

registerEnumType(ReportVersionKind, {
  name: 'ReportVersionKind',
  description: 'What made a version of a report (版本来源)',
  valuesConfig: {
    IMPORT: { description: 'The first import of the source: version 1 (首次导入)' },
    CORRECTION: { description: 'A reviewer corrected figures, with a reason (人工更正)' },
    REIMPORT: { description: 'A changed source was imported again and changed figures or overrode a correction (重新导入)' },
  },
});

/**
 * One entry of a report's append-only revision log. The report's rows always hold the current
 * figures; an earlier version's figures are read back by undoing the changes of the later
 * versions (figure-change.entity.ts), so the report keeps its id and every link to it.
 */
@ObjectType({ description: 'One version of a report’s figures: who made it, why and when, and what it changed (报告版本)' })
@Entity({ tableName: 'report_version' })
@Unique({ properties: ['report', 'version'] })
export class ReportVersion {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => Int, { description: 'Version number, from 1 for the first import (版本号)' })
  @Property()
  version!: number;

  @Field(() => ReportVersionKind, { description: 'Import, correction or re-import (版本来源)' })
  @Enum({ items: () => ReportVersionKind, nativeEnumName: 'report_version_kind' })
  kind!: ReportVersionKind;

  @Field(() => String, { nullable: true, description: 'Why the figures were corrected, in the corrector’s words; null for imports (更正理由)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Prefix of the API key that made the correction; null for imports (更正人密钥前缀)' })
  @Property({ type: 'text', nullable: true })
  author: string | null = null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the source text imported; null for corrections (原文校验值)' })
  @Property({ length: 64, nullable: true })
  sourceSha256: string | null = null;

  @Field(() => Timestamp, { description: 'When the version was made (版本时间)' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
