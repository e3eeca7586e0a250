import type { ReportDocument } from '../../report-document/report-document.js';

type DepartmentKind = ReportDocument['departments'][number]['kind'];

/**
 * A department's kind guessed from its name's ending, as the seed classifies them; the most
 * specific endings are tried first (区环保分局 is a branch, not a bureau).
 */
export function departmentKindOf(name: string): DepartmentKind {
  if (/政府办公室$|政府办$/.test(name)) return 'GOVERNMENT_OFFICE';
  if (/分局$/.test(name)) return 'BRANCH_BUREAU';
  if (/街道(?:办事处)?$/.test(name)) return 'STREET_OFFICE';
  if (/镇(?:人民政府)?$/.test(name)) return 'TOWN';
  if (/(?:局|委员会|委|办公室|办)$/.test(name)) return 'BUREAU';
  if (/(?:中心|院|站|所|馆)$/.test(name)) return 'PUBLIC_INSTITUTION';
  return 'OTHER';
}
