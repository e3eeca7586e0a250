import type { FigureContext, ProsePattern } from '../types.js';

/**
 * The national table's remaining rows as prose states them, and the channel accounts a heading
 * introduces:
 *   每月编发1期政府公报，共12期 → gazette.issues_per_month, gazette.issues; 发行…份 → gazette.copies
 *   under "2.微信公众号。": 2017年共发布信息680余条 → channel_accounts.wechat.posts (日均2条: relative.ts)
 *     (a channel named only by its heading: the account's own posts, not the table's channel row,
 *     which prose names explicitly, 通过…政府门户网站…公开…7487条)
 *   专栏访问量达97402人次 → website.visits
 *   设置政府信息查阅点77个 → reading_points; 接待…4500人次 → reading_point_visitors
 *   向档案馆、图书馆报送…128条 → archive_submissions
 *   专职人员6人 / 兼职人员73人 / 工作人员79人 → staffing.staff[.full_time|.part_time]; 专项经费8万元 → staffing.budget
 *   举办培训班1次，培训150人次 → meetings.training_sessions, meetings.trainees; 召开…工作会议1次 → meetings.conferences
 */

const ACCOUNT_CHANNELS = new Set(['wechat', 'weibo', 'app']);

function gazetteOf(ctx: FigureContext): string | null {
  const aboutGazette = ctx.sentence.includes('公报') || (ctx.topic?.kind === 'channel' && ctx.topic.channel === 'gazette');
  if (!aboutGazette) return null;
  if (ctx.quantity.unit === '期') return ctx.left.includes('每月') ? 'gazette.issues_per_month' : 'gazette.issues';
  return ctx.quantity.unit === '份' ? 'gazette.copies' : null;
}

function channelAccountOf(ctx: FigureContext): string | null {
  const topic = ctx.topic;
  if (topic?.kind !== 'channel' || !ACCOUNT_CHANNELS.has(topic.channel)) return null;
  if (ctx.quantity.unit !== '条' && ctx.quantity.unit !== '篇') return null;
  return /发布|推送|编发|发送/.test(ctx.clauseLeft) ? `channel_accounts.${topic.channel}.posts` : null;
}

function siteVisitsOf(ctx: FigureContext): string | null {
  const unit = ctx.quantity.unit;
  return (unit === '人次' || unit === '次') && /访问量|浏览量|点击量/.test(ctx.left) ? 'website.visits' : null;
}

function readingRoomsOf(ctx: FigureContext): string | null {
  const { unit } = ctx.quantity;
  if ((unit === '个' || unit === '处') && /查阅点|查阅场所|查阅室/.test(ctx.left)) return 'reading_points';
  if (unit === '人次' && ctx.clauseLeft.includes('接待') && /查阅|来访/.test(ctx.before)) return 'reading_point_visitors';
  if ((unit === '条' || unit === '件' || unit === '份') && /档案馆|图书馆/.test(ctx.clauseLeft) && /报送|移送|移交/.test(ctx.clauseLeft)) {
    return 'archive_submissions';
  }
  return null;
}

function staffingOf(ctx: FigureContext): string | null {
  const { unit } = ctx.quantity;
  if ((unit === '万元' || unit === '元') && /经费/.test(ctx.clauseLeft)) return 'staffing.budget';
  if (unit === '个' && ctx.left.includes('专门机构')) return 'staffing.offices';
  if (unit !== '人' && unit !== '名') return null;
  if (ctx.left.includes('专职')) return 'staffing.staff.full_time';
  if (ctx.left.includes('兼职')) return 'staffing.staff.part_time';
  return /工作人员|从事/.test(ctx.left) && ctx.before.includes('公开') ? 'staffing.staff' : null;
}

function meetingsOf(ctx: FigureContext): string | null {
  const { unit } = ctx.quantity;
  if (!ctx.before.includes('公开')) return null;
  if (ctx.left.includes('培训') && (unit === '人次' || unit === '人' || unit === '名')) return 'meetings.trainees';
  if (/培训班|培训/.test(ctx.left) && (unit === '次' || unit === '期' || unit === '场')) return 'meetings.training_sessions';
  if (/召开/.test(ctx.clauseLeft) && /会议|专题会/.test(ctx.left) && unit === '次') return 'meetings.conferences';
  return null;
}

export const facilityPatterns: readonly ProsePattern[] = [
  { name: 'gazette', measureOf: gazetteOf },
  { name: 'channel accounts', measureOf: channelAccountOf },
  { name: 'site visits', measureOf: siteVisitsOf },
  { name: 'reading rooms and archives', measureOf: readingRoomsOf },
  { name: 'staffing', measureOf: staffingOf },
  { name: 'meetings and training', measureOf: meetingsOf },
];
