import { type FilterQuery, QueryOrder } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, connectionFromList, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { LocalDate } from '../../graphql/scalars.js';
import { DepartmentStub } from './department.stub.js';
import { DocumentCitation } from './document-citation.entity.js';
import { Document } from './document.entity.js';
import { GovernmentStub } from './government.stub.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';

@ObjectType({ description: 'A page of documents (政府信息列表)' })
export class DocumentConnection extends Connection(Document, 'Document', 'documents (政府信息)') {}

@InputType({ description: 'Narrows a list of documents (政府信息筛选条件); all given conditions must hold' })
export class DocumentFilter {
  @Field(() => ID, { nullable: true, description: 'Only documents cited under this key domain (重点领域)' })
  keyDomainId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents this department issued (发布机构)' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents of this government (人民政府)' })
  governmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this topic category, exactly (主题分类)' })
  topic?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Issued on or after this date (发文日期起)' })
  issuedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Issued on or before this date (发文日期止)' })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text (标题包含)' })
  titleContains?: string | null;
}

export enum DocumentOrder {
  ISSUED_ON_DESC = 'ISSUED_ON_DESC',
  ISSUED_ON_ASC = 'ISSUED_ON_ASC',
  TITLE_ASC = 'TITLE_ASC',
}

registerEnumType(DocumentOrder, {
  name: 'DocumentOrder',
  description: 'Order of a list of documents (排序)',
  valuesConfig: {
    ISSUED_ON_DESC: { description: 'Newest first, undated last (发文日期降序)' },
    ISSUED_ON_ASC: { description: 'Oldest first, undated last (发文日期升序)' },
    TITLE_ASC: { description: 'By title (按标题)' },
  },
});

const DOCUMENT_ORDER = {
  ISSUED_ON_DESC: { issuedOn: QueryOrder.DESC_NULLS_LAST },
  ISSUED_ON_ASC: { issuedOn: QueryOrder.ASC_NULLS_LAST },
  TITLE_ASC: { title: QueryOrder.ASC },
} as const;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by id (按标识查询政府信息)' })
  document(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.documentById.load(toRowId(id, 'Document')), 'Document', 'id', id);
  }

  @Query(() => DocumentConnection, { description: 'Documents cited by reports (政府信息列表)' })
  async documents(
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, { nullable: true, description: 'Conditions the documents must meet (筛选条件)' }) filter: DocumentFilter | null,
    @Arg('orderBy', () => DocumentOrder, { defaultValue: DocumentOrder.ISSUED_ON_DESC, description: 'Order of the list (排序)' }) orderBy: DocumentOrder,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<Document> = {};
    if (filter?.departmentId != null) where.issuingDepartment = toRowId(filter.departmentId, 'Department');
    if (filter?.governmentId != null) where.government = toRowId(filter.governmentId, 'Government');
    if (filter?.topic != null) where.topic = filter.topic;
    if (filter?.titleContains) where.title = { $ilike: likePattern(filter.titleContains) };
    if (filter?.issuedFrom != null || filter?.issuedTo != null) {
      where.issuedOn = { ...(filter.issuedFrom != null && { $gte: filter.issuedFrom }), ...(filter.issuedTo != null && { $lte: filter.issuedTo }) };
    }
    if (filter?.keyDomainId != null) {
      const cited = await em.find(DocumentCitation, { keyDomainFigure: { keyDomain: toRowId(filter.keyDomainId, 'KeyDomain') } }, { fields: ['document'] });
      where.id = { $in: cited.map((c) => c.document.id) };
    }
    return findPage(em, Document, where, [DOCUMENT_ORDER[orderBy], { id: QueryOrder.ASC }], page);
  }

  @FieldResolver(() => GovernmentStub, { description: 'The government whose catalogue holds it (所属人民政府)' })
  government(@Root() document: Document): GovernmentStub {
    return { id: document.government.id };
  }

  @FieldResolver(() => DepartmentStub, { nullable: true, description: 'The department that issued it (发布机构)' })
  issuingDepartment(@Root() document: Document): DepartmentStub | null {
    return document.issuingDepartment ? { id: document.issuingDepartment.id } : null;
  }

  @FieldResolver(() => [KeyDomainFigure], { description: 'Where reports cite it: the key domains it illustrates (引用情况)' })
  async citedUnder(@Root() document: Document, @Ctx() { loaders }: RequestContext) {
    return (await loaders.citationsByDocument.load(document.id)).map((citation) => citation.keyDomainFigure.getEntity());
  }
}

/** Contributes `Department.documents` to the directory's Department. */
@Resolver(() => DepartmentStub)
export class DepartmentDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: 'Documents the department issued, newest first (发布的政府信息)' })
  async documents(@Root() department: DepartmentStub, @Args() page: PageArgs, @Ctx() { loaders }: RequestContext) {
    return connectionFromList(await loaders.documentsByDepartment.load(department.id), page);
  }
}
