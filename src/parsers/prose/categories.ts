import { stripEnd } from './keywords.js';

/**
 * The categories reports list proactive disclosure under (主动公开政府信息的主要类别), as
 * `proactive.by_category.<slug>`. Fujian bodies use a fixed catalogue (机构职能类, 政策、规范性文件类,
 * 规划计划类 …); names are compared without punctuation, so 政策、规范性文件类 and 政策规范性文件类
 * are one category. A name ending in 类 that is not listed is still a category: it gets
 * `proactive.by_category.unlisted`, lettered per report (unlisted_a, unlisted_b …) in reading order.
 */

const CATALOGUE: Record<string, string> = {
  机构职能: 'institutional_functions',
  政策规范性文件: 'policies_and_normative_documents',
  规划计划: 'plans',
  财政预决算: 'budgets_and_final_accounts',
  行政事业性收费: 'administrative_fees',
  政府集中采购项目: 'procurement',
  政府集中采购: 'procurement',
  行政许可: 'licensing',
  行政处罚: 'penalties',
  重大建设项目: 'major_projects',
  扶贫教育医疗社会保障促进就业: 'poverty_education_health_social_security_employment',
  应急管理: 'emergency_management',
  环保公共卫生安全生产食品药品产品质量: 'environment_health_safety_food_product_quality',
  城乡建设和管理的重大事项: 'urban_rural_construction_and_management',
  社会公益事业建设: 'public_welfare_undertakings',
  征收或征用土地: 'land_expropriation',
  民政扶贫救灾社会保障就业: 'civil_affairs_relief_social_security_employment',
  公示公告: 'notices',
  工作动态: 'work_news',
  为民办实事: 'practical_projects_for_the_people',
  安全生产应急管理: 'work_safety_and_emergency_management',
  价格详情: 'price_details',
  国土资源城乡建设环保能源: 'land_construction_environment_energy',
  科教文体卫生: 'science_education_culture_sports_health',
  其他应主动公开: 'other_mandatory',
  其他应主动公开的: 'other_mandatory',
  其他: 'other',
};

/** 、，“” and spaces out; 类/信息/的政府信息/政府信息/等 off the end; 其中 and list marks off the start. */
function categoryName(words: string): string {
  let name = words.replace(/[\s、，,；;：:“”"（）()]/g, '');
  name = name.replace(/^其中/, '').replace(/^[0-9一二三四五六七八九十.]+/, '');
  name = stripEnd(name, ['的政府信息', '政府信息', '信息', '等', '共', '为', '有']).replace(/类$/, '');
  return name;
}

/** The category the words before a number name, 'unlisted' for an unknown name ending in 类, or null. */
export function categoryOf(words: string): string | null {
  const name = categoryName(words);
  if (name in CATALOGUE) return CATALOGUE[name]!;
  if (name.startsWith('其他') || name.startsWith('其它')) return name.includes('主动公开') ? 'other_mandatory' : 'other';
  const trimmed = words.replace(/[\s，,；;：:]+$/, '');
  return /类(信息)?$/.test(trimmed) && name.length > 0 && name.length <= 24 ? 'unlisted' : null;
}

/** A sentence listing at least two categories with counts (机构职能类信息205条，政策、规范性文件类信息95条…). */
export function listsCategories(sentence: string): boolean {
  const matches = sentence.match(/类(信息)?\s?[0-9０-９]/g);
  return matches !== null && matches.length >= 2;
}
