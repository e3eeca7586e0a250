import { registerEnumType } from 'type-graphql';

/** Enums of consistency findings; their values match the rules engine's (src/findings/rule.ts). */

export enum FindingSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}

export enum FindingStatus {
  HOLDS = 'HOLDS',
  BROKEN = 'BROKEN',
}

export enum RuleFamily {
  TABLE_IDENTITY = 'TABLE_IDENTITY',
  PROSE_VS_TABLE = 'PROSE_VS_TABLE',
  SHARES = 'SHARES',
  ACROSS_YEARS = 'ACROSS_YEARS',
  REPEATS = 'REPEATS',
  PLAUSIBILITY = 'PLAUSIBILITY',
  PROSE_CONTRADICTION = 'PROSE_CONTRADICTION',
  HIERARCHY = 'HIERARCHY',
  LEDGER = 'LEDGER',
}

export enum FindingRefKind {
  CELL = 'CELL',
  PROSE = 'PROSE',
  SECTION = 'SECTION',
  REPORT = 'REPORT',
}

registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a broken check is (严重程度)',
  valuesConfig: {
    ERROR: { description: 'An identity the report breaks: the figures cannot all be right (错误)' },
    WARNING: { description: 'A value that is implausible or a statement that seems contradicted (警告)' },
  },
});

registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'Whether a check holds (核查结果)',
  valuesConfig: {
    HOLDS: { description: 'The check holds (成立)' },
    BROKEN: { description: 'The check is broken: the report contradicts itself or is implausible (不成立)' },
  },
});

registerEnumType(RuleFamily, {
  name: 'RuleFamily',
  description: 'Family of consistency rules (规则类别)',
  valuesConfig: {
    TABLE_IDENTITY: { description: 'Arithmetic identities of the statistics table (统计表勾稽关系)' },
    PROSE_VS_TABLE: { description: 'Prose figures against the table (正文与统计表核对)' },
    SHARES: { description: 'Stated percentages against their figures (占比核对)' },
    ACROSS_YEARS: { description: 'A report against the same body’s previous year (跨年度核对)' },
    REPEATS: { description: 'Figures repeated where they should not be (可疑重复)' },
    PLAUSIBILITY: { description: 'Values that are impossible or unlikely (合理性)' },
    PROSE_CONTRADICTION: { description: 'Prose that contradicts itself or the table (正文自相矛盾)' },
    HIERARCHY: { description: 'A compiled report against its children’s reports (上下级汇总核对)' },
    LEDGER: { description: 'Published figures against the government’s own case ledger (台账核对)' },
  },
});

registerEnumType(FindingRefKind, {
  name: 'FindingRefKind',
  description: 'What a finding refers to (涉及内容类型)',
  valuesConfig: {
    CELL: { description: 'A statistics-table cell (统计表单元格)' },
    PROSE: { description: 'A figure or sentence of the prose (正文数据或句子)' },
    SECTION: { description: 'A section of the report (报告章节)' },
    REPORT: { description: 'Another report or body, or a report-level fact such as the period (其他报告或报告信息)' },
  },
});
