import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { ReportDocument } from '../../src/report-document/report-document.js';

/**
 * The bodies of a made-up province that publish reports: its government, its cities' and
 * counties' governments, and some departments of each. Region codes start with 99, which
 * GB/T 2260 does not use, and every name starts with 合成 (synthetic), so nothing here can be
 * taken for a real body.
 */

export interface Scale {
  cities: number;
  counties: number;
  /** Departments each government has (issuers of documents, pilot leads). */
  departmentsPerGovernment: number;
  /** Of those, how many publish a report of their own each year. */
  reportingDepartmentsPerGovernment: number;
  /** Counties in the province's grassroots-disclosure pilot. */
  pilotCounties: number;
}

/** `province` is the size the performance issue asks for: 16 cities, 140 counties, about 3,000 governments and departments, 500 reports a year. */
export const SCALES = {
  province: { cities: 16, counties: 140, departmentsPerGovernment: 19, reportingDepartmentsPerGovernment: 2, pilotCounties: 30 },
  city: { cities: 1, counties: 8, departmentsPerGovernment: 19, reportingDepartmentsPerGovernment: 2, pilotCounties: 3 },
  tiny: { cities: 1, counties: 2, departmentsPerGovernment: 4, reportingDepartmentsPerGovernment: 1, pilotCounties: 1 },
} satisfies Record<string, Scale>;
export type ScaleName = keyof typeof SCALES;

type RegionPath = ReportDocument['issuer']['government']['regionPath'];

export interface SyntheticGovernment {
  name: string;
  regionPath: RegionPath;
  /** Departments by name; the first `reportingDepartmentsPerGovernment` publish reports. */
  departments: string[];
  inPilot: boolean;
}

export const PROVINCE = { code: '990000', name: '合成省', level: 'PROVINCE' } as const;

/** Departments a government of any level has; the level's prefix (市/县/省) is added. */
const DEPARTMENT_STEMS = [
  '财政局', '发展和改革委员会', '教育局', '民政局', '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局',
  '交通运输局', '农业农村局', '卫生健康委员会', '市场监督管理局', '应急管理局', '审计局', '统计局', '医疗保障局',
  '水利局', '商务局', '文化和旅游局', '司法局', '公安局', '退役军人事务局',
];

/** The same scale always gives the same province: counties are spread over cities by a seeded generator. */
export function planProvince(scale: Scale, seed = 2260): SyntheticGovernment[] {
  const rng = xoroshiro128plus(seed);
  const departments = (prefix: string) => DEPARTMENT_STEMS.slice(0, scale.departmentsPerGovernment).map((stem) => `${prefix}${stem}`);
  const governments: SyntheticGovernment[] = [
    { name: '合成省人民政府', regionPath: [PROVINCE], departments: departments('省'), inPilot: false },
  ];
  const countiesOf = Array.from({ length: scale.cities }, () => 0);
  for (let i = 0; i < scale.counties; i++) countiesOf[i < scale.cities ? i : uniformInt(rng, 0, scale.cities - 1)] += 1;
  let county = 0;
  countiesOf.forEach((count, c) => {
    const city = { code: `99${String(c + 1).padStart(2, '0')}00`, name: `合成${c + 1}市`, level: 'CITY' as const };
    governments.push({ name: `合成${c + 1}市人民政府`, regionPath: [PROVINCE, city], departments: departments('市'), inPilot: false });
    for (let k = 0; k < count; k++, county++) {
      const region = { code: `${city.code.slice(0, 4)}${String(k + 1).padStart(2, '0')}`, name: `合成${county + 1}县`, level: 'COUNTY' as const };
      governments.push({
        name: `合成${county + 1}县人民政府`,
        regionPath: [PROVINCE, city, region],
        departments: departments('县'),
        inPilot: county < scale.pilotCounties,
      });
    }
  });
  return governments;
}
