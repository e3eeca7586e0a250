import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/parsers/prose/extract-prose-figures.js';
import type { ReportFamily } from '../../../src/parsers/prose/types.js';
import { templateCellCodes } from '../../../src/parsers/template/codes.js';

/* Typical wordings of each family, one statement at a time: measure and value of every figure, in order. */

const figures = (family: ReportFamily, text: string) => extractProseFigures(text, family).map((f) => `${f.measure} ${f.value}${f.unit}`);

describe('2019+ application and appeal wordings', () => {
  it('tells 新收 from a stated total, and reads results, reasons and carry-forward', () => {
    const text =
      '（二）依申请公开\n本年度共收到政府信息公开申请120件，其中本年新收115件，上年结转5件。' +
      '办结118件，其中予以公开50件，部分公开20件，不予公开5件，无法提供30件，不予处理3件，其他处理10件；结转下年度继续办理2件。';
    expect(figures('TEMPLATE_2019', text)).toEqual([
      'applications.received_stated 120件',
      'applications.new_received.total 115件',
      'applications.carried_over.total 5件',
      'applications.total_processed.total 118件',
      'applications.granted.total 50件',
      'applications.partially_granted.total 20件',
      'applications.withheld_stated 5件',
      'applications.unavailable_stated 30件',
      'applications.not_processed_stated 3件',
      'applications.other.total 10件',
      'applications.carried_forward.total 2件',
    ]);
  });

  it('reads applicant columns, combined results, shares and a named reason (2021)', () => {
    const text =
      '2021年，本机关新收政府信息公开申请86件，其中自然人申请80件，法人或其他组织申请6件；上年结转3件。' +
      '予以公开和部分公开的共40件，占总数的45.98%；因本机关不掌握相关政府信息无法提供的21件。';
    expect(figures('TEMPLATE_2021', text)).toEqual([
      'applications.new_received.total 86件',
      'applications.new_received.natural_person 80件',
      'applications.new_received.legal_person_or_other 6件',
      'applications.carried_over.total 3件',
      'applications.granted_and_partially_stated 40件',
      'applications.granted_and_partially_stated_share 45.98%',
      'applications.unavailable.not_held.total 21件',
    ]);
  });

  it('reads reconsideration and litigation by outcome and by the way a suit was brought', () => {
    const text = '全年共收到政府信息公开行政复议案件3件，其中结果维持2件，结果纠正1件；行政诉讼案件2件，其中未经复议直接起诉1件，复议后起诉1件。';
    expect(figures('TEMPLATE_2021', text)).toEqual([
      'appeals.reconsideration.total 3件',
      'appeals.reconsideration.upheld 2件',
      'appeals.reconsideration.corrected 1件',
      'appeals.litigation_stated 2件',
      'appeals.litigation_direct.total 1件',
      'appeals.litigation_after_reconsideration.total 1件',
    ]);
  });

  it('reads "did not happen" as 0, and ignores fees that were not charged', () => {
    const text = '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。本年度未收取信息处理费。';
    expect(figures('TEMPLATE_2021', text)).toEqual(['appeals.reconsideration.total 0件', 'appeals.litigation_stated 0件']);
  });

  it('names a cell only with codes the template has, or with a measure of its own', () => {
    const text =
      '本年度新收政府信息公开申请86件，其中自然人80件，商业企业6件。予以公开40件，部分公开5件，属于国家秘密1件，重复申请2件，' +
      '申请人逾期不补正的3件；结转下年度继续办理1件。行政复议3件，其中维持2件，尚未审结1件。';
    const codes = new Set(templateCellCodes('TEMPLATE_2021'));
    const measures = extractProseFigures(text, 'TEMPLATE_2021').map((f) => f.measure);
    expect(measures).toHaveLength(12);
    expect(measures.filter((m) => !codes.has(m))).toEqual([]);
  });
});

describe('2008-era wordings', () => {
  it('reads requests under an application heading and leaves a rate unnamed', () => {
    const text = '七、依申请公开情况\n本年度共受理政府信息公开申请25件，其中当面申请10件，传真申请2件，网上申请8件，信函申请5件。已全部办结，按时办结率100%。';
    expect(figures('REGULATION_2008', text)).toEqual([
      'requests.received 25件',
      'requests.received.in_person 10件',
      'requests.received.fax 2件',
      'requests.received.online 8件',
      'requests.received.letter 5件',
      'unclassified 100%',
    ]);
  });

  it('reads the total with its change and growth, normative documents, and a channel’s daily average', () => {
    const text = '2015年度，共主动公开政府信息3456条，比上年增加500条，增长16.9%，其中主动公开规范性文件12条，制发规范性文件15件。通过政务微博发布信息1200余条，日均3.3条。';
    expect(figures('REGULATION_2008', text)).toEqual([
      'proactive.items 3456条',
      'proactive.items_increase 500条',
      'proactive.items_growth 16.9%',
      'proactive.items.normative_documents 12条',
      'proactive.items.normative_documents_issued 15件',
      'proactive.by_channel.weibo 1200条',
      'proactive.by_channel.weibo_per_day 3.3条',
    ]);
  });

  it('reads press conferences, interviews, staffing, training, reading rooms, archives, budget, appeals and fees', () => {
    const text =
      '全年参加或举办新闻发布会12次，其中主要负责同志参加新闻发布会4次，政府网站在线访谈5次。' +
      '本年度共召开政府信息公开工作会议2次，举办各类培训班3次，培训人员150人次。从事政府信息公开工作人员79人，其中专职人员6人，兼职人员73人。' +
      '设置政府信息查阅点12个，接待查阅群众360人次。向档案馆、图书馆报送信息128条。政府信息公开专项经费8万元。' +
      '本年度因政府信息公开申请提起行政复议2件，行政诉讼1件。收取检索、复制费用共计120元，减免费用50元。';
    expect(figures('REGULATION_2008', text)).toEqual([
      'responses.by_channel.press_conferences 12次',
      'responses.by_channel.press_conferences.principal 4次',
      'responses.by_channel.online_interviews 5次',
      'meetings.conferences 2次',
      'meetings.training_sessions 3次',
      'meetings.trainees 150人次',
      'staffing.staff 79人',
      'staffing.staff.full_time 6人',
      'staffing.staff.part_time 73人',
      'reading_points 12个',
      'reading_point_visitors 360人次',
      'archive_submissions 128条',
      'staffing.budget 8万元',
      'reconsiderations 2件',
      'litigation 1件',
      'fees.collected 120元',
      'fees.waived 50元',
    ]);
  });

  it('gives a Fujian report the table’s column: this year, or 历年累计', () => {
    const text = '2018年度，主动公开政府信息389条，历年累计主动公开政府信息1176条。\n附表\n指标名称计量单位2018年度历年累计主动公开文件数条3891176';
    expect(figures('REGULATION_2008', text)).toEqual(['proactive.items.this_year 389条', 'proactive.items.cumulative 1176条']);
  });
});
