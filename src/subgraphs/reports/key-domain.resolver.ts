import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, connectionFromList, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { Document } from './document.entity.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';
import { KeyDomain } from './key-domain.entity.js';
import { Report } from './report.entity.js';

@ObjectType({ description: 'A page of key-domain figures (重点领域公开情况列表)' })
export class KeyDomainFigureConnection extends Connection(KeyDomainFigure, 'KeyDomainFigure', 'key-domain figures (重点领域公开情况)') {}

@Resolver(() => KeyDomainFigure)
export class KeyDomainFigureResolver {
  @FieldResolver(() => KeyDomain, { description: 'The domain (重点领域)' })
  async keyDomain(@Root() figure: KeyDomainFigure, @Ctx() { loaders }: RequestContext) {
    return (await loaders.keyDomainById.load(figure.keyDomain.id))!;
  }

  @FieldResolver(() => Report, { description: 'The report stating the figure (所属报告)' })
  async report(@Root() figure: KeyDomainFigure, @Ctx() { loaders }: RequestContext) {
    return (await loaders.reportById.load(figure.report.id))!;
  }

  @FieldResolver(() => [Document], { description: 'Documents the report cites as examples, in its order (列举的信息)' })
  async documents(@Root() figure: KeyDomainFigure, @Ctx() { loaders }: RequestContext) {
    return (await loaders.citationsByKeyDomainFigure.load(figure.id)).map((citation) => citation.document.getEntity());
  }
}

@Resolver(() => KeyDomain)
export class KeyDomainResolver {
  @Query(() => [KeyDomain], { description: 'The catalogue of key domains, by name (重点领域目录)' })
  keyDomainCatalogue(@Ctx() { em }: RequestContext) {
    return em.find(KeyDomain, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => KeyDomainFigureConnection, { description: 'What each report says of this domain, newest year first (各报告公开情况)' })
  async figures(@Root() domain: KeyDomain, @Args() page: PageArgs, @Ctx() { loaders }: RequestContext) {
    return connectionFromList(await loaders.keyDomainFiguresByDomain.load(domain.id), page);
  }
}
