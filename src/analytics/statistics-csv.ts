import { pipeline } from 'node:stream/promises';
import { Readable, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { MEASURE_LABELS, MEASURES } from './measures.js';
import { RATE_KEYS, RATES } from './rates.js';
import type { StatisticsRow } from './statistics-query.js';

/**
 * reportStatistics as CSV for spreadsheets: UTF-8 with a byte-order mark (so spreadsheet software
 * reads the Chinese as UTF-8), one header row of `中文 (english_key)`, one row per group.
 */
const COLUMNS: { key: string; zh: string; value: (row: StatisticsRow) => unknown }[] = [
  { key: 'region_level', zh: '行政区划级别', value: (r) => r.regionLevel },
  { key: 'region_code', zh: '行政区划代码', value: (r) => r.regionCode },
  { key: 'region_name', zh: '行政区划名称', value: (r) => r.regionName },
  { key: 'year', zh: '报告年度', value: (r) => r.year },
  { key: 'format', zh: '统计表格式', value: (r) => r.format },
  { key: 'body_type', zh: '发布主体类型', value: (r) => r.bodyType },
  { key: 'report_count', zh: '报告数', value: (r) => r.reportCount },
  { key: 'late_reports', zh: '逾期发布报告数', value: (r) => r.lateReports },
  ...MEASURES.map((m) => ({ key: m.toLowerCase(), zh: MEASURE_LABELS[m].zh, value: (r: StatisticsRow) => r.measures.find((x) => x.measure === m)!.value })),
  ...MEASURES.map((m) => ({ key: `${m.toLowerCase()}_change`, zh: `${MEASURE_LABELS[m].zh}同比增减`, value: (r: StatisticsRow) => r.measures.find((x) => x.measure === m)!.change })),
  ...RATE_KEYS.map((k) => ({ key: k.toLowerCase(), zh: RATES[k].zh, value: (r: StatisticsRow) => r.rates.find((x) => x.rate === k)!.value })),
  { key: 'rank', zh: '组内排名', value: (r) => r.rank },
];

export const CSV_HEADER = COLUMNS.map((c) => `${c.zh} (${c.key})`);

/** Writes the rows to `out` through a CSV stringifier, respecting back-pressure. */
export async function writeStatisticsCsv(rows: Iterable<StatisticsRow>, out: Writable): Promise<void> {
  const records = (function* () {
    for (const row of rows) yield COLUMNS.map((c) => c.value(row) ?? '');
  })();
  await pipeline(Readable.from(records), stringify({ bom: true, header: true, columns: CSV_HEADER, record_delimiter: 'windows' }), out);
}
