import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ChannelFigure } from './channel-figure.entity.js';
import { DisclosureChannel } from './disclosure-channel.entity.js';

@Resolver(() => ChannelFigure)
export class ChannelFigureResolver {
  @Query(() => [DisclosureChannel], { description: 'The catalogue of disclosure channels (公开渠道目录)' })
  disclosureChannels(@Ctx() { em }: RequestContext) {
    return em.find(DisclosureChannel, {}, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => DisclosureChannel, { description: 'The channel the items went out on (公开渠道)' })
  async channel(@Root() figure: ChannelFigure, @Ctx() { loaders }: RequestContext) {
    return (await loaders.channelById.load(figure.channel.id))!;
  }
}
