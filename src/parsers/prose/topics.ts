import { firstKeyword, type Vocabulary } from './keywords.js';
import type { Topic } from './types.js';

/**
 * What a key-domain figure (重点领域信息公开) is about, as `key_domains.<slug>`, and what a heading
 * may be about. The slugs of the seed's ten domains are the seed's (seeds/linzi-2017.json); the
 * others are the domains 2008-era and 2019+ reports commonly list (重大建设项目, 财政资金, 国资国企…).
 * A longer wording wins over a shorter one it contains (保障性住房 over 住房, 安全生产许可 over 安全生产).
 */
export const DOMAINS: Vocabulary<string> = [
  ['保障性住房', 'affordable_housing'], ['保障性安居', 'affordable_housing'], ['保障房', 'affordable_housing'],
  ['公共租赁住房', 'affordable_housing'], ['公租房', 'affordable_housing'],
  ['住房', 'housing'], ['房地产', 'housing'], ['棚户区', 'housing'], ['危房', 'housing'],
  ['征地拆迁', 'land_acquisition_demolition'], ['征地', 'land_acquisition_demolition'], ['拆迁', 'land_acquisition_demolition'],
  ['征收土地', 'land_acquisition_demolition'], ['土地征收', 'land_acquisition_demolition'], ['房屋征收', 'land_acquisition_demolition'],
  ['行政审批', 'administrative_approval'],
  ['公共企事业', 'public_enterprise_management'],
  ['价格和收费', 'prices_and_fees'], ['价格收费', 'prices_and_fees'],
  // Not a bare 环境: 营商环境 is about business conditions.
  ['环境保护', 'environmental_protection'], ['环保', 'environmental_protection'], ['生态环境', 'environmental_protection'],
  ['环境信息', 'environmental_protection'], ['环境质量', 'environmental_protection'], ['环境监管', 'environmental_protection'],
  ['食品药品', 'food_drug_safety'], ['食品安全', 'food_drug_safety'], ['药品安全', 'food_drug_safety'],
  ['财政预决算', 'budget_final_accounts'],
  ['财政资金', 'public_finance'], ['财政信息', 'public_finance'],
  ['安全生产', 'work_safety'], ['生产安全', 'work_safety'],
  ['人大代表建议', 'npc_suggestions'], ['人大建议', 'npc_suggestions'],
  ['政协委员提案', 'cppcc_proposals'], ['政协提案', 'cppcc_proposals'],
  ['重大建设项目', 'major_projects'], ['重大项目', 'major_projects'],
  ['PPP', 'ppp'], ['社会资本合作', 'ppp'],
  ['政府采购', 'procurement'], ['采购', 'procurement'],
  ['招投标', 'tendering'], ['招标投标', 'tendering'],
  ['国资国企', 'state_owned_enterprises'], ['国有企业', 'state_owned_enterprises'], ['国有资产', 'state_owned_enterprises'],
  ['扶贫', 'poverty_relief'], ['脱贫', 'poverty_relief'], ['社会救助', 'poverty_relief'],
  ['教育', 'education'],
  ['医疗卫生', 'health'], ['医疗', 'health'], ['卫生健康', 'health'],
  ['行政执法', 'law_enforcement'],
  ['农业机械', 'farm_machinery_subsidies'], ['农机', 'farm_machinery_subsidies'],
  ['公共资源配置', 'public_resources'], ['公共资源交易', 'public_resources'],
  ['就业', 'employment'], ['三农', 'rural_affairs'],
  // Licences and filings listed one by one (施工许可证76条、安全生产许可证121条…).
  ['施工许可', 'construction_permits'], ['安全生产许可', 'work_safety_permits'], ['排水许可', 'drainage_permits'],
  ['户外广告', 'outdoor_advertising_permits'], ['竣工验收', 'completion_filings'],
];

/** Channels of proactive disclosure (the national table's rows and the seed's channel codes). */
export const CHANNELS: Vocabulary<string> = [
  ['政府网站', 'website'], ['门户网站', 'website'], ['政府门户网站', 'website'],
  ['政务微博', 'weibo'], ['微博', 'weibo'],
  ['政务微信', 'wechat'], ['微信公众号', 'wechat'], ['微信', 'wechat'],
  ['政府公报', 'gazette'], ['公报', 'gazette'],
  ['客户端', 'app'], ['APP', 'app'],
  ['其他方式', 'other'], ['其它方式', 'other'],
];

const TOPICS: Vocabulary<Topic> = [
  ...DOMAINS.map(([k, slug]) => [k, { kind: 'domain', slug }] as const),
  ...CHANNELS.filter(([, c]) => c !== 'other').map(([k, channel]) => [k, { kind: 'channel', channel }] as const),
  ['政策解读', { kind: 'interpretation' }], ['解读', { kind: 'interpretation' }],
  ['依申请', { kind: 'applications' }], ['公开申请', { kind: 'applications' }], ['申请办理', { kind: 'applications' }],
];

/** How much of a heading names its subject: 1.保障性住房。 / （四）开展政策解读工作情况按照… */
const HEADING_REACH = 30;

/** The subject a heading names, from its first words. */
export const headingTopic = (heading: string): Topic | null => firstKeyword(heading.slice(0, HEADING_REACH), TOPICS);
