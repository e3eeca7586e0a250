import { categoryOf, listsCategories } from '../categories.js';
import { nearestKeyword, stripEnd, type Vocabulary } from '../keywords.js';
import { CHANNELS } from '../topics.js';
import type { FigureContext, ProsePattern } from '../types.js';
import { PUBLISH } from './words.js';

/**
 * Proactive disclosure (主动公开): the year's total, its channels, its publishers and its categories.
 *   本年度共主动公开政府信息12274条 → proactive.items (a national table row; Fujian's too)
 *   其中，政府网站公开信息7487条 / 通过…政府门户网站…公开各类政府信息7487条 → proactive.by_channel.website
 *   区管委会及区直各部门主动公开政府信息1509条 / 各乡镇…613条 → proactive.by_publisher.{departments,townships}
 *   机构职能类信息205条，政策、规范性文件类信息95条… → proactive.by_category.<slug> (categories.ts)
 *   主动公开规范性文件25条 / 制发规范性文件25件 → the national rows proactive.items.normative_documents[_issued];
 *     in 2019+ reports the section-二 cells proactive.normative_documents.{made,published | issued,repealed,in_force}
 *   全年公开政策文件4件 → proactive.policy_documents
 * The same names serve all families where no table row exists (the 2019+ tables have no total).
 */

const PUBLISHERS: Vocabulary<string> = [
  ['区直', 'departments'], ['县直', 'departments'], ['市直', 'departments'], ['各部门', 'departments'], ['直属部门', 'departments'],
  ['乡镇', 'townships'], ['各镇', 'townships'], ['街道', 'townships'], ['镇街', 'townships'],
];
/** Bare 网站 only inside a breakdown of the total: elsewhere it is how a key domain was published (通过网站公开信息13条). */
const BREAKDOWN_CHANNELS: Vocabulary<string> = [...CHANNELS, ['网站', 'website']];
const TOTAL = /(公开|公布|发布)了?(各类)?政府信息|主动公开了?信息/;
const INFORMATION = /信息/;

/** The noun counted is the one just before the number (…政策文件等信息共13条 counts 信息, not 文件). */
const counts = (ctx: FigureContext, noun: RegExp) => noun.test(stripEnd(ctx.left, ['总数', '数量', '数', '共', '计', '为', '等', '达']));

function normativeDocuments(ctx: FigureContext): string | null {
  if (!counts(ctx, /规范性文件$/)) return null;
  const issued = /制发|印发|出台|制定/.test(ctx.clauseLeft);
  switch (ctx.family) {
    case 'REGULATION_2008':
      return issued ? 'proactive.items.normative_documents_issued' : 'proactive.items.normative_documents';
    case 'TEMPLATE_2019':
      return issued ? 'proactive.normative_documents.made' : 'proactive.normative_documents.published';
    case 'TEMPLATE_2021':
      if (ctx.clauseLeft.includes('废止')) return 'proactive.normative_documents.repealed';
      if (ctx.clauseLeft.includes('现行有效')) return 'proactive.normative_documents.in_force';
      return issued ? 'proactive.normative_documents.issued' : 'proactive.items.normative_documents';
  }
}

function category(ctx: FigureContext): string | null {
  const slug = categoryOf(ctx.left);
  return slug ? `proactive.by_category.${slug}` : null;
}

function proactiveOf(ctx: FigureContext): string | null {
  const unit = ctx.quantity.unit;
  if (unit !== '条' && unit !== '件') return null;
  if (listsCategories(ctx.sentence)) {
    const named = category(ctx);
    if (named) return named;
  }
  const documents = normativeDocuments(ctx);
  if (documents) return documents;
  if (counts(ctx, /政策性?文件$/) && PUBLISH.test(ctx.clauseLeft) && !ctx.clauseLeft.includes('征集')) return 'proactive.policy_documents';
  if (!PUBLISH.test(ctx.clauseLeft) || !INFORMATION.test(ctx.clauseLeft)) return null;
  const channel = nearestKeyword(ctx.clauseLeft, CHANNELS);
  if (channel) return `proactive.by_channel.${channel}`;
  const publisher = nearestKeyword(ctx.clauseLeft, PUBLISHERS);
  if (publisher) return `proactive.by_publisher.${publisher}`;
  return TOTAL.test(ctx.clauseLeft) ? 'proactive.items' : null;
}

function proactiveBreakdown(parent: string, ctx: FigureContext): string | null {
  if (parent !== 'proactive.items' || (ctx.quantity.unit !== '条' && ctx.quantity.unit !== '件')) return null;
  // In a list of categories, 其他信息 is a category; elsewhere 其他方式公开信息 is a channel.
  if (listsCategories(ctx.sentence)) {
    const named = category(ctx);
    if (named) return named;
  }
  const channel = nearestKeyword(ctx.left, BREAKDOWN_CHANNELS);
  if (channel) return `proactive.by_channel.${channel}`;
  const publisher = nearestKeyword(ctx.left, PUBLISHERS);
  if (publisher) return `proactive.by_publisher.${publisher}`;
  return normativeDocuments(ctx) ?? category(ctx);
}

export const proactivePatterns: readonly ProsePattern[] = [
  { name: 'proactive disclosure', measureOf: proactiveOf, childOf: proactiveBreakdown },
];
