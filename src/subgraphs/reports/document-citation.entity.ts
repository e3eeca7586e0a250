import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Document } from './document.entity.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';

/** A document cited as an example under a report's key domain; the same document may be cited twice. */
@Entity({ tableName: 'document_citation' })
@Unique({ properties: ['keyDomainFigure', 'document'] })
export class DocumentCitation {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => KeyDomainFigure, { ref: true, deleteRule: 'cascade' })
  keyDomainFigure!: Ref<KeyDomainFigure>;

  @ManyToOne(() => Document, { ref: true, index: true })
  document!: Ref<Document>;

  @Property()
  ordinal!: number;
}
