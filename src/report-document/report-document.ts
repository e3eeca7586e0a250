import { z } from 'zod';

/**
 * The canonical report document: one JSON file per annual report (政府信息公开工作年度报告).
 * It is the contract between parsers, `seeds/`, the importer and the database, so it stays
 * one validated type. Prose figures and table cells are kept side by side and never merged;
 * findings compare them later.
 */

const isoDate = z.iso.date();
const lineNumber = z.int().positive().describe('1-based line in the source text');
const lineSpan = z.object({ start: lineNumber, end: lineNumber });

export const RegionLevel = z.enum(['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP']);
export const ReportFormat = z.enum(['REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021']);
export const DepartmentKind = z.enum([
  'GOVERNMENT_OFFICE', // 政府办公室
  'BUREAU', // 局、委、办
  'BRANCH_BUREAU', // 分局 (a city bureau's branch)
  'TOWN', // 镇
  'STREET_OFFICE', // 街道办事处
  'PUBLIC_INSTITUTION', // 事业单位
  'OTHER',
]);
export const ChannelCode = z.enum([
  'WEBSITE', // 政府网站
  'GAZETTE', // 政府公报
  'WEIBO', // 政务微博
  'WECHAT', // 政务微信
  'APP', // APP客户端
  'OTHER', // 其他方式
  'PRESS_CONFERENCE', // 新闻发布会
  'ONLINE_INTERVIEW', // 在线访谈
]);

const region = z.object({
  code: z.string().regex(/^\d{6}$/, 'a GB/T 2260 code has six digits'),
  name: z.string().min(1),
  level: RegionLevel,
});

const departmentRef = z.string().min(1).describe('a department name, as listed in `departments`');

export const ReportDocumentSchema = z
  .object({
    issuer: z.object({
      government: z.object({
        name: z.string().min(1),
        regionPath: z.array(region).min(1).describe('from the province down to the government’s own region'),
        portalUrl: z.url().nullable(),
        disclosureOffice: z.string().nullable(),
        disclosurePhone: z.string().nullable(),
      }),
      department: departmentRef.nullable().describe('set when a department, not the government, issued the report'),
    }),
    title: z.string().min(1),
    year: z.int().min(2008).max(2100),
    format: ReportFormat,
    tableVariant: z.string().min(1).describe('the table layout within the format family, e.g. NATIONAL_2014'),
    period: z.object({ start: isoDate, end: isoDate }).nullable(),
    publishedAt: isoDate.nullable(),
    source: z.object({
      url: z.url().nullable(),
      file: z.string().nullable(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      portalUrl: z.url().nullable().describe('the portal the report says it can be downloaded from'),
    }),
    legalBasis: z.array(z.string().min(1)),
    officialInCharge: z.object({ name: z.string(), title: z.string(), line: lineNumber }).nullable(),
    departments: z.array(z.object({ name: z.string().min(1), kind: DepartmentKind })),
    sections: z.array(
      z.object({ ordinal: z.int().positive(), heading: z.string().min(1), text: z.string(), lines: lineSpan }),
    ),
    workPoints: z.array(
      z.object({ ordinal: z.int().positive(), title: z.string().min(1), text: z.string().min(1), line: lineNumber }),
    ),
    documents: z.array(
      z.object({
        key: z.string().min(1).describe('unique within this document; key domains cite documents by it'),
        title: z.string().min(1),
        topic: z.string().nullable().describe('主题分类'),
        issuingDepartment: departmentRef.nullable().describe('发布机构'),
        number: z.string().nullable().describe('文件编号'),
        issuedOn: isoDate.nullable().describe('发文日期'),
      }),
    ),
    keyDomains: z.array(
      z.object({
        ordinal: z.int().positive(),
        name: z.string().min(1),
        items: z.int().nonnegative().nullable().describe('items published in the domain, as stated'),
        documentKeys: z.array(z.string()),
        line: lineNumber,
      }),
    ),
    channels: z.array(
      z.object({
        channel: ChannelCode,
        items: z.int().nonnegative(),
        statedShare: z.number().min(0).max(100).nullable().describe('percent, as printed'),
        statedShareText: z.string().nullable().describe('the share exactly as printed, e.g. 约占1.31%'),
        line: lineNumber,
      }),
    ),
    channelAccounts: z.array(
      z.object({
        channel: ChannelCode,
        name: z.string().min(1),
        url: z.string().nullable(),
        openedOn: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable().describe('YYYY-MM or YYYY-MM-DD'),
        description: z.string().nullable(),
        line: lineNumber,
      }),
    ),
    interpretationColumn: z
      .object({ name: z.string().min(1), examples: z.array(z.string().min(1)), line: lineNumber })
      .nullable()
      .describe('the policy-interpretation column (政策解读专栏) and the items it names'),
    fees: z.object({ charged: z.boolean(), statement: z.string().min(1), line: lineNumber }).nullable(),
    confidentialityReview: z
      .object({
        principles: z.array(z.string().min(1)).describe('quoted principles such as 谁公开谁审查'),
        measures: z.array(z.string().min(1)).describe('the measures as listed (一是…二是…)'),
        accountsPerUnit: z.int().positive().nullable(),
        line: lineNumber,
      })
      .nullable(),
    publicInstitutions: z
      .object({ columnName: z.string().min(1), count: z.int().nonnegative().nullable(), named: z.array(z.string().min(1)), line: lineNumber })
      .nullable(),
    problems: z.array(z.object({ text: z.string().min(1), line: lineNumber })),
    nextSteps: z.array(z.object({ text: z.string().min(1), line: lineNumber })),
    pilot: z
      .object({
        programme: z.string().min(1),
        programmeLevel: z.enum(['NATIONAL', 'PROVINCIAL']).describe('PROVINCIAL programmes belong to the issuer’s province'),
        designatedOn: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
        areas: z.array(z.object({ name: z.string().min(1), leadDepartment: departmentRef })),
        phases: z.array(z.string().min(1)),
        sitesInProgramme: z.int().positive().nullable().describe('how many sites the programme has, as stated'),
        implementationDocument: z.object({ title: z.string().min(1), number: z.string().min(1) }).nullable(),
        progressDayOfMonth: z.int().min(1).max(31).nullable(),
        topicColumns: z.int().nonnegative().nullable(),
        topicColumnNames: z.array(z.string().min(1)),
        asReported: z
          .object({ phase: z.int().positive(), statement: z.string().min(1), line: lineNumber })
          .nullable()
          .describe('the phase every area was in when the report was written'),
        line: lineNumber,
      })
      .nullable(),
    table: z.object({
      title: z.string(),
      cells: z.array(
        z.object({
          code: z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/, 'codes are dotted snake_case, stable within a format family'),
          label: z.string().min(1),
          unit: z.string().nullable(),
          value: z.number().nullable().describe('null when the cell is blank or not a number'),
          raw: z.string().describe('the cell as printed; "" when blank'),
          parent: z.string().nullable(),
          line: lineNumber.describe('the line where the row’s label starts'),
        }),
      ),
    }),
    prose: z.array(
      z.object({
        measure: z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/).describe('a table code where one matches'),
        value: z.number(),
        unit: z.string(),
        sentence: z.string().min(1),
        line: lineNumber,
      }),
    ),
  })
  .superRefine((doc, ctx) => {
    // Cross-references inside the document must resolve, or the importer would invent rows.
    const known = {
      departments: new Set(doc.departments.map((d) => d.name)),
      documents: new Set(doc.documents.map((d) => d.key)),
      'table.cells': new Set(doc.table.cells.map((c) => c.code)),
    };
    const mustResolve = (path: (string | number)[], value: string | null, list: keyof typeof known) => {
      if (value !== null && !known[list].has(value)) {
        ctx.addIssue({ code: 'custom', path, message: `"${value}" is not listed in ${list}` });
      }
    };
    mustResolve(['issuer', 'department'], doc.issuer.department, 'departments');
    doc.documents.forEach((d, i) => mustResolve(['documents', i, 'issuingDepartment'], d.issuingDepartment, 'departments'));
    doc.pilot?.areas.forEach((a, i) => mustResolve(['pilot', 'areas', i, 'leadDepartment'], a.leadDepartment, 'departments'));
    doc.keyDomains.forEach((k, i) => k.documentKeys.forEach((key) => mustResolve(['keyDomains', i, 'documentKeys'], key, 'documents')));
    doc.table.cells.forEach((c, i) => mustResolve(['table', 'cells', i, 'parent'], c.parent, 'table.cells'));

    const mustBeUnique = (path: string, keys: string[]) => {
      const seen = new Set<string>();
      for (const key of keys) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [path], message: `"${key}" appears twice in ${path}` });
        seen.add(key);
      }
    };
    mustBeUnique('departments', doc.departments.map((d) => d.name));
    mustBeUnique('documents', doc.documents.map((d) => d.key));
    mustBeUnique('table.cells', doc.table.cells.map((c) => c.code));
  });

export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
