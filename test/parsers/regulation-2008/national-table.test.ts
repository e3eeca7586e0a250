import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TableParseError, type TableCell } from '../../../src/parsers/parsed-table.js';
import { parseNationalTable } from '../../../src/parsers/regulation-2008/national-table.js';
import { ReportDocumentSchema } from '../../../src/report-document/report-document.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { captureError } from './capture-error.js';

const seedText = readFileSync(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8');
const seedJson = JSON.parse(readFileSync(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8'));
const seedTable: { title: string; cells: TableCell[] } = seedJson.table;

describe('the national table of the seed (临淄区 2017, lines 465–799)', () => {
  const parsed = parseNationalTable(seedText);

  it('reproduces the hand-read table of seeds/linzi-2017.json exactly', () => {
    expect({ title: parsed.title, cells: parsed.cells }).toEqual(seedTable);
    expect(parsed.format).toBe('REGULATION_2008');
    expect(parsed.tableVariant).toBe('NATIONAL_2014');
    expect(parsed.cells).toHaveLength(82);
  });

  it('gives cells the report document accepts (codes, parents that resolve, unique codes)', () => {
    const result = ReportDocumentSchema.safeParse({ ...seedJson, table: { title: parsed.title, cells: parsed.cells } });
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  it('joins the 专项经费 label printed over lines 780–781 and keeps its line as the label’s', () => {
    const budget = parsed.cells.find((c) => c.code === 'staffing.budget');
    expect(budget).toEqual({
      code: 'staffing.budget',
      label: '（三）政府信息公开专项经费（不包括政府公报编辑管理及政府网站建设）护等方面的经费）',
      unit: '万元',
      value: 8,
      raw: '8',
      parent: 'staffing',
      line: 780,
    });
  });

  describe('holds the identities of formats.md §3.4', () => {
    const v = (code: string) => {
      const cell = parsed.cells.find((c) => c.code === code);
      if (cell?.value == null) throw new Error(`no figure for ${code}`);
      return cell.value;
    };
    const sum = (...codes: string[]) => codes.reduce((n, c) => n + v(c), 0);
    const cases: [string, string, number, string[]][] = [
      ['收到申请数 = Σ channels incl. 其他形式', 'requests.received', 249, ['in_person', 'fax', 'online', 'letter', 'other'].map((k) => `requests.received.${k}`)],
      ['申请办结数 = 按时 + 延期', 'requests.closed', 249, ['requests.closed.on_time', 'requests.closed.extended']],
      [
        '申请答复数 = items 1–8',
        'requests.replies',
        249,
        ['already_public', 'granted', 'partially_granted', 'refused', 'not_this_organ', 'not_exist', 'correction_requested', 'other_channel'].map((k) => `requests.replies.${k}`),
      ],
      [
        '不同意公开答复数 = its six reasons',
        'requests.replies.refused',
        14,
        ['state_secret', 'commercial_secret', 'personal_privacy', 'security_stability', 'not_government_information', 'other_statutory'].map((k) => `requests.replies.refused.${k}`),
      ],
      ['行政复议数量 = 维持 + 纠错 + 其他', 'reconsiderations', 11, ['upheld', 'corrected', 'other'].map((k) => `reconsiderations.${k}`)],
      ['行政诉讼数量 = 维持 + 纠错 + 其他', 'litigation', 59, ['upheld', 'corrected', 'other'].map((k) => `litigation.${k}`)],
      ['被举报投诉数量 = 维持 + 纠错 + 其他', 'complaints', 0, ['upheld', 'corrected', 'other'].map((k) => `complaints.${k}`)],
      ['从事人员数 = 专职 + 兼职', 'staffing.staff', 79, ['staffing.staff.full_time', 'staffing.staff.part_time']],
      ['查阅点数 = 区县 + 乡镇', 'reading_points', 77, ['reading_points.county', 'reading_points.township']],
      ['查阅点接待人数 = 区县 + 乡镇', 'reading_point_visitors', 4500, ['reading_point_visitors.county', 'reading_point_visitors.township']],
    ];
    it.each(cases)('%s', (_name, total, expected, parts) => {
      expect(v(total)).toBe(expected);
      expect(sum(...parts)).toBe(expected);
    });

    it('with the exact parts', () => {
      expect([132, 0, 30, 56, 31]).toEqual(['in_person', 'fax', 'online', 'letter', 'other'].map((k) => v(`requests.received.${k}`)));
      expect([231, 18]).toEqual([v('requests.closed.on_time'), v('requests.closed.extended')]);
      expect([7, 102, 17, 14, 39, 54, 16, 0]).toEqual(
        ['already_public', 'granted', 'partially_granted', 'refused', 'not_this_organ', 'not_exist', 'correction_requested', 'other_channel'].map((k) => v(`requests.replies.${k}`)),
      );
      expect([1, 0, 0, 0, 7, 6]).toEqual(
        ['state_secret', 'commercial_secret', 'personal_privacy', 'security_stability', 'not_government_information', 'other_statutory'].map((k) => v(`requests.replies.refused.${k}`)),
      );
      expect([1, 8, 2, 31, 6, 22]).toEqual(['reconsiderations', 'litigation'].flatMap((s) => ['upheld', 'corrected', 'other'].map((k) => v(`${s}.${k}`))));
      expect([6, 73, 65, 12, 3800, 700]).toEqual([
        v('staffing.staff.full_time'),
        v('staffing.staff.part_time'),
        v('reading_points.county'),
        v('reading_points.township'),
        v('reading_point_visitors.county'),
        v('reading_point_visitors.township'),
      ]);
    });
  });
});

describe('a truncated national table', () => {
  const seedLines = seedText.split('\n');
  const upTo = (line: number) => seedLines.slice(0, line).join('\n');

  it('halfway (after line 632, inside section 三) names the missing sections and the last line read', () => {
    const error = captureError(() => parseNationalTable(upTo(632)));
    expect(error).toBeInstanceOf(TableParseError);
    expect(error.line).toBe(630);
    expect(error.message).toContain('sections 四、行政复议数量 五、行政诉讼数量');
    expect(error.message).toContain('truncated');
  });

  it('on the heading of section 十三 (line 785)', () => {
    const error = captureError(() => parseNationalTable(upTo(786)));
    expect(error.line).toBe(785);
    expect(error.message).toContain('ends on the heading "十三、政府信息公开会议和培训情况"');
  });

  it('inside section 十三 (after its first row) lists the rows that never came', () => {
    const error = captureError(() => parseNationalTable(upTo(791)));
    expect(error.line).toBe(789);
    expect(error.message).toContain('before 举办各类培训班数、接受培训人员数');
  });

  it('between the last row’s unit and its figure', () => {
    const error = captureError(() => parseNationalTable(upTo(798)));
    expect(error.line).toBe(797);
    expect(error.message).toContain('before its figure');
  });
});
