import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { requireWriteAccess } from '../../auth/guards.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Finding } from './finding.entity.js';
import { FindingDecision, FindingReview } from './finding-review.entity.js';

@InputType({ description: 'A decision on one finding (复核意见)' })
export class ReviewFindingInput {
  @Field(() => ID, { description: 'The finding, as listed by Report.findings or Query.findings (核查结果标识)' })
  findingId!: string;

  @Field(() => FindingDecision, { description: 'Confirmed or dismissed (复核结论)' })
  decision!: FindingDecision;

  @Field({ description: 'Why, for the next reader; required (复核理由)' })
  comment!: string;
}

@Resolver(() => Finding)
export class FindingReviewResolver {
  @FieldResolver(() => FindingReview, { nullable: true, description: 'The latest decision on the finding, if any; it stays while the finding is unchanged (复核意见)' })
  async review(@Root() finding: Finding, @Ctx() { loaders }: RequestContext) {
    return (await loaders.reviewsByFinding.load(finding.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [FindingReview], { description: 'Every decision on the finding, oldest first, each with who, when and why (复核记录)' })
  reviewHistory(@Root() finding: Finding, @Ctx() { loaders }: RequestContext) {
    return loaders.reviewsByFinding.load(finding.id);
  }

  /**
   * An editor of the report's government, or an admin, confirms or dismisses a finding. Each
   * decision is added to the finding's history; the latest is its review.
   */
  @Mutation(() => Finding, { description: 'Confirm or dismiss a finding, with a reason; needs an editor key of the report’s government or an admin key (复核核查结果)' })
  async reviewFinding(@Arg('input', () => ReviewFindingInput, { description: 'The finding and the decision (复核意见)' }) input: ReviewFindingInput, @Ctx() { em, viewer }: RequestContext): Promise<Finding> {
    const id = toRowId(input.findingId, 'Finding');
    const finding = await em.findOne(Finding, { id }, { populate: ['report'] as never[] });
    if (!finding) throw notFound('Finding', 'findingId', input.findingId);
    const report = finding.report.getEntity();
    requireWriteAccess(viewer, report.government.id, 'Reviewing a finding');
    const comment = input.comment.trim();
    if (comment === '') {
      throw new GraphQLError('A review needs a comment saying why the finding is confirmed or dismissed.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'comment' } });
    }
    await em.transactional(async (tx) => {
      tx.create(FindingReview, {
        government: report.government.id,
        department: report.department?.id ?? null,
        year: report.year,
        fingerprint: finding.fingerprint,
        decision: input.decision,
        comment,
        reviewedBy: viewer.keyPrefix,
        reviewedAt: new Date(),
      });
    });
    return finding;
  }
}
