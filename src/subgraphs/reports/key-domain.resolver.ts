import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Document } from './document.entity.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';
import { KeyDomain } from './key-domain.entity.js';
import { Report } from './report.entity.js';

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

  @FieldResolver(() => [KeyDomainFigure], { description: 'What each report says of this domain, newest year first (各报告公开情况)' })
  figures(@Root() domain: KeyDomain, @Ctx() { loaders }: RequestContext) {
    return loaders.keyDomainFiguresByDomain.load(domain.id);
  }
}
