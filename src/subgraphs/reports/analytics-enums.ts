import { registerEnumType } from 'type-graphql';
import { Measure, MEASURE_LABELS, NullReason } from '../../analytics/measures.js';
import { Rate, RATES } from '../../analytics/rates.js';

/** GraphQL names of the analytics enums (src/analytics/): measures, rates, null reasons, groupings. */

registerEnumType(Measure, {
  name: 'Measure',
  description: 'A comparable measure, mapped from each table format’s cells (可比指标); see src/analytics/layouts/',
  valuesConfig: Object.fromEntries(Object.entries(MEASURE_LABELS).map(([key, { en, zh }]) => [key, { description: `${en} (${zh})` }])),
});

registerEnumType(Rate, {
  name: 'Rate',
  description: 'A rate computed from summed measures, never averaged (比率)',
  valuesConfig: Object.fromEntries(Object.entries(RATES).map(([key, { en, zh }]) => [key, { description: `${en} (${zh})` }])),
});

registerEnumType(NullReason, {
  name: 'NullReason',
  description: 'Why a measure, rate or indicator has no value (空值原因)',
  valuesConfig: {
    NOT_IN_FORMAT: { description: 'The report’s table format has no cell for it; any figure would be a guess (格式无此项)' },
    NOT_STATED: { description: 'The format has the cells but the report left them blank (报告未填)' },
    ZERO_DENOMINATOR: { description: 'A rate whose denominator is 0 (分母为零)' },
    UNKNOWN_LAYOUT: { description: 'The report has no statistics table of a known layout (未知表格版式)' },
  },
});

export enum BodyType {
  GOVERNMENT = 'GOVERNMENT',
  DEPARTMENT = 'DEPARTMENT',
}

registerEnumType(BodyType, {
  name: 'BodyType',
  description: 'Kind of body that issued a report (发布主体类型)',
  valuesConfig: {
    GOVERNMENT: { description: 'A people’s government (人民政府)' },
    DEPARTMENT: { description: 'A department of a government (政府部门)' },
  },
});

export enum StatisticsDimension {
  REGION_LEVEL = 'REGION_LEVEL',
  REGION = 'REGION',
  YEAR = 'YEAR',
  FORMAT = 'FORMAT',
  BODY_TYPE = 'BODY_TYPE',
}

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: 'What report statistics are grouped by (分组维度)',
  valuesConfig: {
    REGION_LEVEL: { description: 'Level of the issuer’s region (行政区划级别)' },
    REGION: { description: 'The issuer’s region (行政区划)' },
    YEAR: { description: 'Report year (报告年度)' },
    FORMAT: { description: 'Table format (统计表格式)' },
    BODY_TYPE: { description: 'Government or department (发布主体类型)' },
  },
});
