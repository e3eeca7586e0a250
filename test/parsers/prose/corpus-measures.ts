import type { ReportFamily } from '../../../src/parsers/prose/types.js';

/**
 * For each corpus report: which keys of its .expected.json hold prose figures, and the measure each
 * figure gets. Paths are dotted keys under those roots; a key absent from `measures` and from
 * `knownMisses` fails the test, so a figure added to an expected file must be placed here.
 * Known misses are figures the extractor reads but cannot name: it keeps them as `unclassified`.
 */

export interface CorpusCase {
  stem: string;
  family: ReportFamily;
  /** Keys of the expected file whose numeric leaves are prose figures (the tables' keys are not). */
  proseRoots: string[];
  measures: Record<string, string>;
  /** path → the values it holds (several for a compound like 8大类348项), all read as `unclassified`. */
  knownMisses: Record<string, number[]>;
  /** How many extracted figures carry a code of the report's own table (the rest have measures of their own). */
  tableCoded: number;
}

const kd = (slug: string, part = 'items') => `key_domains.${slug}.${part}`;
const category = (slug: string) => `proactive.by_category.${slug}`;

const FUJIAN_CATEGORIES_2017: Record<string, string> = {
  机构职能类: 'institutional_functions', '政策、规范性文件类': 'policies_and_normative_documents', 规划计划类: 'plans',
  财政预决算类: 'budgets_and_final_accounts', 行政事业性收费: 'administrative_fees', 政府集中采购项目类: 'procurement',
  行政许可类: 'licensing', 重大建设项目: 'major_projects',
  '扶贫、教育、医疗、社会保障、促进就业类': 'poverty_education_health_social_security_employment',
  应急管理类: 'emergency_management', '环保、公共卫生、安全生产、食品药品、产品质量类': 'environment_health_safety_food_product_quality',
  城乡建设和管理的重大事项类: 'urban_rural_construction_and_management', 社会公益事业建设类: 'public_welfare_undertakings',
  征收或征用土地类: 'land_expropriation', 民政扶贫救灾社会保障就业类: 'civil_affairs_relief_social_security_employment',
  其他信息: 'other',
};
const FUJIAN_CATEGORIES_2018: Record<string, string> = {
  公示公告类: 'notices', 机构职能类: 'institutional_functions', 政策规范性文件类: 'policies_and_normative_documents',
  工作动态类: 'work_news', 行政许可类: 'licensing', 行政处罚类: 'penalties', 重大建设项目类: 'major_projects',
  为民办实事类: 'practical_projects_for_the_people', '安全生产、应急管理类': 'work_safety_and_emergency_management',
  价格详情类: 'price_details', 其他应主动公开的政府信息: 'other_mandatory',
};
const FUJIAN_CATEGORIES_2019: Record<string, string> = {
  机构职能类: 'institutional_functions', '政策、规范性文件类': 'policies_and_normative_documents', 规划计划类: 'plans',
  行政许可类: 'licensing', 重大建设项目: 'major_projects', 为民办实事类: 'practical_projects_for_the_people',
  民政扶贫救灾社会保障就业类: 'civil_affairs_relief_social_security_employment',
  国土资源城乡建设环保能源类: 'land_construction_environment_energy', 科教文体卫生类: 'science_education_culture_sports_health',
  '安全生产、应急管理类': 'work_safety_and_emergency_management', 其他应主动公开政府信息: 'other_mandatory',
};
const categories = (root: string, names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([name, slug]) => [`${root}.${name}`, category(slug)]));

export const CORPUS: CorpusCase[] = [
  {
    stem: '03-fj-pingtan-zone-2017',
    family: 'REGULATION_2008',
    proseRoots: [
      'proactive.proactive_total', 'proactive.by_publisher', 'proactive.by_category_prose', 'proactive.column_visits',
      'proactive.policy_interpretation_items', 'applications.prose', 'review_litigation.prose', 'other_prose_figures'],
    measures: {
      'proactive.proactive_total': 'proactive.items.this_year',
      'proactive.by_publisher.zone_committee_and_departments': 'proactive.by_publisher.departments',
      'proactive.by_publisher.townships': 'proactive.by_publisher.townships',
      'proactive.by_publisher.zone_committee_and_departments_pct': 'proactive.by_publisher.departments_share',
      'proactive.by_publisher.townships_pct': 'proactive.by_publisher.townships_share',
      ...categories('proactive.by_category_prose', FUJIAN_CATEGORIES_2017),
      'proactive.column_visits': 'website.visits',
      'proactive.policy_interpretation_items': 'responses.by_channel.interpretations',
      'applications.prose.received': 'requests.received.this_year',
      'review_litigation.prose.administrative_review': 'reconsiderations.this_year',
      'review_litigation.prose.litigation': 'litigation.this_year',
      'other_prose_figures.重大建设项目动态信息': kd('major_projects'),
      'other_prose_figures.PPP信息': kd('ppp'),
      'other_prose_figures.财政资金信息': kd('public_finance'),
      'other_prose_figures.政府预决算': kd('public_finance', 'government_budgets'),
      'other_prose_figures.部门预决算': kd('public_finance', 'department_budgets'),
      'other_prose_figures.三公经费': kd('public_finance', 'three_public_expenses'),
      'other_prose_figures.专项资金': kd('public_finance', 'special_funds'),
      'other_prose_figures.债券发行': kd('public_finance', 'bond_issuance'),
      'other_prose_figures.征地信息': kd('land_acquisition_demolition'),
      'other_prose_figures.采购信息': kd('procurement'),
      'other_prose_figures.工程招投标信息': kd('tendering'),
      'other_prose_figures.国资国企信息': kd('state_owned_enterprises'),
      'other_prose_figures.安全生产信息': kd('work_safety'),
      'other_prose_figures.扶贫社会救助信息': kd('poverty_relief'),
      'other_prose_figures.教育信息': kd('education'),
      'other_prose_figures.医疗卫生信息': kd('health'),
      'other_prose_figures.环境保护信息': kd('environmental_protection'),
      'other_prose_figures.环境监管': kd('environmental_protection', 'supervision'),
      'other_prose_figures.环境违法曝光台': kd('environmental_protection', 'violations_exposed'),
      'other_prose_figures.空气质量预测预报': kd('environmental_protection', 'air_quality_forecasts'),
      'other_prose_figures.排污单位': kd('environmental_protection', 'polluting_units'),
      'other_prose_figures.饮用水水源水质监测': kd('environmental_protection', 'drinking_water_monitoring'),
      'other_prose_figures.建设单位环评': kd('environmental_protection', 'impact_assessments'),
      'other_prose_figures.环境政策措施': kd('environmental_protection', 'policy_measures'),
      'other_prose_figures.住房信息': kd('housing'),
      'other_prose_figures.食品药品信息': kd('food_drug_safety'),
    },
    knownMisses: {},
    tableCoded: 4,
  },
  {
    stem: '05-fj-pingtan-scjg-2018',
    family: 'REGULATION_2008',
    proseRoots: ['proactive.prose', 'proactive.by_category_prose', 'applications.prose', 'outcomes.prose', 'review_litigation.prose'],
    measures: {
      'proactive.prose.proactive_total': 'proactive.items.this_year',
      'proactive.prose.cumulative': 'proactive.items.cumulative',
      ...categories('proactive.by_category_prose', FUJIAN_CATEGORIES_2018),
      'applications.prose.received': 'requests.received.this_year',
      'applications.prose.cumulative': 'requests.received.cumulative',
      'outcomes.prose.answered': 'requests.replies.this_year',
      'outcomes.prose.granted': 'requests.replies.granted.this_year',
      'outcomes.prose.partially_granted': 'requests.replies.partially_granted.this_year',
      'outcomes.prose.denied': 'requests.replies.refused.this_year',
      'review_litigation.prose.administrative_review': 'reconsiderations.this_year',
      'review_litigation.prose.litigation': 'litigation.this_year',
    },
    knownMisses: {},
    tableCoded: 10,
  },
  {
    stem: '06-fj-pingtan-zone-2019',
    family: 'TEMPLATE_2019',
    proseRoots: ['proactive', 'other_prose_figures'],
    measures: {
      'proactive.prose_total_published': 'proactive.items',
      ...categories('proactive.by_category_prose', FUJIAN_CATEGORIES_2019),
      'other_prose_figures.问政平潭期数': 'public_participation.programme_episodes',
      'other_prose_figures.群众诉求': 'public_participation.public_requests',
      'other_prose_figures.食品药品信息': kd('food_drug_safety'),
      'other_prose_figures.教育信息': kd('education'),
      'other_prose_figures.医疗卫生信息': kd('health'),
      'other_prose_figures.农机购置补贴公示': kd('farm_machinery_subsidies'),
      'other_prose_figures.环境信息': kd('environmental_protection'),
      'other_prose_figures.财政资金信息': kd('public_finance'),
      'other_prose_figures.专项资金': kd('public_finance', 'special_funds'),
      'other_prose_figures.预决算': kd('public_finance', 'budgets'),
      'other_prose_figures.政府预决算': kd('public_finance', 'government_budgets'),
      'other_prose_figures.部门预决算': kd('public_finance', 'department_budgets'),
      'other_prose_figures.三公经费': kd('public_finance', 'three_public_expenses'),
      'other_prose_figures.债券发行': kd('public_finance', 'bond_issuance'),
      'other_prose_figures.征地信息': kd('land_acquisition_demolition'),
      'other_prose_figures.政府采购项目信息': kd('procurement'),
      'other_prose_figures.重大建设项目信息': kd('major_projects'),
      'other_prose_figures.安全生产信息': kd('work_safety'),
      'other_prose_figures.国资国企信息': kd('state_owned_enterprises'),
      'other_prose_figures.行政执法公示': kd('law_enforcement'),
      'other_prose_figures.施工许可证': kd('construction_permits'),
      'other_prose_figures.安全生产许可证': kd('work_safety_permits'),
      'other_prose_figures.排水许可证': kd('drainage_permits'),
      'other_prose_figures.户外广告设置许可证': kd('outdoor_advertising_permits'),
      'other_prose_figures.竣工验收备案': kd('completion_filings'),
      'other_prose_figures.劳动就业三农信息': kd('rural_affairs'),
      'other_prose_figures.互动活动': 'public_participation.events',
    },
    knownMisses: {
      'other_prose_figures.精准扶贫问题解读': [50],
      'other_prose_figures.一窗通办事项': [8, 348],
      'other_prose_figures.行政审批及公共服务事项(一企一证)': [229, 539],
      'other_prose_figures.涉企补助事项': [129],
      'other_prose_figures.中介机构': [868],
    },
    tableCoded: 0,
  },
  {
    stem: '07-js-shuyang-county-2025',
    family: 'TEMPLATE_2021',
    proseRoots: ['proactive', 'applications_prose', 'section6'],
    measures: {
      'proactive.portal_items': 'proactive.by_channel.website',
      'proactive.opinion_solicitations': 'public_participation.solicitations',
      'proactive.county_department_items': 'proactive.by_publisher.departments',
      'proactive.new_media_columns': 'new_media.columns',
      'proactive.news_items': 'new_media.articles',
      'proactive.short_videos': 'new_media.videos',
      'proactive.graphic_posts': 'new_media.graphic_posts',
      'proactive.viral_items': 'new_media.viral_posts',
      'proactive.policy_documents_published': 'proactive.policy_documents',
      'proactive.policy_documents_solicited': 'public_participation.documents_solicited',
      'proactive.annual_reports_published_units': 'annual_reports.units_published',
      'proactive.interpretation_items': 'responses.by_channel.interpretations',
      'proactive.interpretation_graphic_video': 'responses.by_channel.interpretations.graphic_and_video',
      'proactive.executive_meeting_interpretations': 'responses.by_channel.interpretations.executive_meetings',
      'applications_prose.received_total_incl_carryover': 'applications.received_stated',
      'applications_prose.natural_person': 'applications.received_stated.natural_person',
      'applications_prose.legal_person_or_other': 'applications.received_stated.legal_person_or_other',
      'applications_prose.processed': 'applications.total_processed.total',
      'applications_prose.carried_forward': 'applications.carried_forward.total',
      'applications_prose.review_and_litigation_cases': 'appeals.total_stated',
      'section6.information_processing_fee_total_yuan': 'fees.collected',
      'section6.fee_cases': 'fees.by_body.applications',
    },
    knownMisses: {},
    tableCoded: 2,
  },
];
