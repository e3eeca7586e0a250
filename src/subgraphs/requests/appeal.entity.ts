import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { RequestCase } from './request-case.entity.js';

export enum AppealKind {
  RECONSIDERATION = 'RECONSIDERATION',
  LITIGATION = 'LITIGATION',
}

export enum AppealOutcome {
  UPHELD = 'UPHELD',
  CORRECTED = 'CORRECTED',
  OTHER = 'OTHER',
  PENDING = 'PENDING',
}

registerEnumType(AppealKind, {
  name: 'AppealKind',
  description: 'How the applicant challenged the reply (救济途径)',
  valuesConfig: {
    RECONSIDERATION: { description: 'Administrative reconsideration (行政复议)' },
    LITIGATION: { description: 'Administrative litigation (行政诉讼)' },
  },
});

registerEnumType(AppealOutcome, {
  name: 'AppealOutcome',
  description: 'What came of a reconsideration or lawsuit, in the report tables’ columns (结果)',
  valuesConfig: {
    UPHELD: { description: 'The reply was upheld, or the claim dismissed (结果维持)' },
    CORRECTED: { description: 'The reply was corrected (结果纠正)' },
    OTHER: { description: 'Any other result (其他结果)' },
    PENDING: { description: 'Not yet decided (尚未审结)' },
  },
});

@ObjectType({ description: 'A reconsideration or lawsuit over a case’s reply (行政复议或行政诉讼)' })
@Entity({ tableName: 'appeal' })
export class Appeal {
  @Field(() => ID, { description: 'Stable identifier (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => RequestCase, { ref: true, index: true })
  requestCase!: Ref<RequestCase>;

  @Field(() => AppealKind, { description: 'Reconsideration or litigation (救济途径)' })
  @Enum({ items: () => AppealKind, nativeEnumName: 'appeal_kind' })
  kind!: AppealKind;

  @Field(() => LocalDate, { description: 'Date filed (提起日期)' })
  @Property({ type: 'date' })
  filedOn!: string;

  @Field({ description: 'For a lawsuit: whether it follows a reconsideration (复议后起诉) rather than going to court directly (直接起诉) (是否经复议)' })
  @Property()
  afterReconsideration!: boolean;

  @Field(() => AppealOutcome, { description: 'The result; PENDING until decided (结果)' })
  @Enum({ items: () => AppealOutcome, nativeEnumName: 'appeal_outcome' })
  outcome: Opt<AppealOutcome> = AppealOutcome.PENDING;

  @Field(() => LocalDate, { nullable: true, description: 'Date decided (审结日期)' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;
}
