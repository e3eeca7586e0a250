import { nearestKeyword, rowOf, type Vocabulary } from '../keywords.js';
import type { FigureContext, ProsePattern, ReportFamily } from '../types.js';
import { isTemplate } from './words.js';

/**
 * Administrative reconsideration (行政复议), litigation (行政诉讼) and, in 2008-era reports,
 * complaints (举报投诉), with their outcomes:
 *   因政府信息公开申请提起行政复议数量11件，其中维持具体行政行为1件，被依法纠错8件，其他情形2件。
 *
 * REGULATION_2008 measures are the national table's rows: reconsiderations, litigation, complaints,
 * each with .upheld / .corrected / .other.
 * TEMPLATE_2019/2021 measures are section 四's cells where one matches: appeals.reconsideration.total,
 * appeals.litigation_direct.total (未经复议直接起诉), appeals.litigation_after_reconsideration.total
 * (复议后起诉), with .upheld/.corrected/.other/.pending. Litigation stated without saying which way it
 * was brought has no cell (the table splits it): appeals.litigation_stated. Cases stated for both
 * together ("行政复议、行政诉讼案件…74件") are appeals.total_stated (2008: reconsiderations_and_litigation).
 * Complaints are not read for the template: its 信访举报投诉类申请 is a kind of application.
 */

const KINDS_2008: Vocabulary<string> = [
  ['行政复议', 'reconsiderations'], ['复议', 'reconsiderations'],
  ['行政诉讼', 'litigation'], ['诉讼', 'litigation'], ['起诉', 'litigation'],
  ['举报', 'complaints'], ['投诉', 'complaints'], ['申诉', 'complaints'],
];
const KINDS_TEMPLATE: Vocabulary<string> = [
  ['行政复议', 'appeals.reconsideration.total'], ['复议', 'appeals.reconsideration.total'],
  ['行政诉讼', 'appeals.litigation_stated'], ['诉讼', 'appeals.litigation_stated'], ['起诉', 'appeals.litigation_stated'],
  ['直接起诉', 'appeals.litigation_direct.total'], ['未经复议', 'appeals.litigation_direct.total'],
  ['复议后起诉', 'appeals.litigation_after_reconsideration.total'], ['复议后', 'appeals.litigation_after_reconsideration.total'],
];
const OUTCOMES: Vocabulary<string> = [
  ['维持', 'upheld'], ['驳回', 'upheld'],
  ['纠错', 'corrected'], ['纠正', 'corrected'], ['撤销', 'corrected'], ['确认违法', 'corrected'],
  ['其他情形', 'other'], ['其它情形', 'other'], ['其他结果', 'other'], ['其他', 'other'], ['其它', 'other'],
  ['尚未审结', 'pending'], ['未审结', 'pending'], ['审理中', 'pending'], ['未结', 'pending'],
];
const CASE_UNITS: ReadonlySet<string> = new Set(['件', '起', '次']);

const combined = (family: ReportFamily) => (isTemplate(family) ? 'appeals.total_stated' : 'reconsiderations_and_litigation');

function appealOf(ctx: FigureContext): string | null {
  if (!CASE_UNITS.has(ctx.quantity.unit)) return null;
  if (ctx.left.includes('复议') && ctx.left.includes('诉讼')) return combined(ctx.family);
  const kind = nearestKeyword(ctx.clauseLeft, isTemplate(ctx.family) ? KINDS_TEMPLATE : KINDS_2008);
  if (kind) return kind;
  // 依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件
  if (ctx.clauseLeft.includes('案件') && ctx.before.includes('复议') && ctx.before.includes('诉讼')) return combined(ctx.family);
  return null;
}

const isAppeal = (measure: string) =>
  /^(reconsiderations|litigation|complaints|reconsiderations_and_litigation)$/.test(measure) ||
  /^appeals\.[a-z_]+(\.total)?$/.test(measure);

function outcomeOf(parent: string, ctx: FigureContext): string | null {
  if (!isAppeal(parent) || !CASE_UNITS.has(ctx.quantity.unit)) return null;
  const outcome = nearestKeyword(ctx.left, OUTCOMES);
  if (!outcome) return null;
  if (!isTemplate(ctx.family) && outcome === 'pending') return null;
  return `${rowOf(parent)}.${outcome}`;
}

export const appealPatterns: readonly ProsePattern[] = [
  { name: 'reconsideration and litigation', measureOf: appealOf, childOf: outcomeOf },
];
