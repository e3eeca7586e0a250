import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The 附件 statistics table of seeds/linzi-2017.txt (lines 465–799) and the figures its prose states,
 * read by hand from the text. Only the row codes follow the project's naming convention; every label,
 * unit, value and raw cell below was typed from the printed table, not from the seed JSON or the API.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

type Row = [code: string, label: string, unit: string | null, value: number | null, raw: string, parentCode: string | null];

/** Every row of the table in printed order: [code, label, unit, value, raw, parentCode] (source line in the comment). */
const TABLE: Row[] = [
  ['proactive', '一、主动公开情况', null, null, '', null], // 470 (cell 472 holds only 　　　　)
  ['proactive.items', '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 12274, '12274', 'proactive'], // 474
  ['proactive.items.normative_documents', '其中：主动公开规范性文件数', '条', 25, '25', 'proactive.items'], // 478
  ['proactive.items.normative_documents_issued', '制发规范性文件总数', '件', 25, '25', 'proactive.items'], // 482
  ['proactive.by_channel', '（二）通过不同渠道和方式公开政府信息的情况', null, null, '', 'proactive'], // 486
  ['proactive.by_channel.gazette', '1.政府公报公开政府信息数', '条', 161, '161', 'proactive.by_channel'], // 490
  ['proactive.by_channel.website', '2.政府网站公开政府信息数', '条', 7487, '7487', 'proactive.by_channel'], // 494
  ['proactive.by_channel.weibo', '3.政务微博公开政府信息数', '条', 895, '895', 'proactive.by_channel'], // 498
  ['proactive.by_channel.wechat', '4.政务微信公开政府信息数', '条', 3012, '3012', 'proactive.by_channel'], // 502
  ['proactive.by_channel.other', '5.其他方式公开政府信息数', '条', 719, '719', 'proactive.by_channel'], // 506
  ['responses', '二、回应解读情况', null, null, '', null], // 510
  ['responses.total', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 347, '347', 'responses'], // 514
  ['responses.by_channel', '（二）通过不同渠道和方式回应解读的情况', null, null, '', 'responses'], // 518
  ['responses.by_channel.press_conferences', '1.参加或举办新闻发布会总次数', '次', 6, '6', 'responses.by_channel'], // 522
  ['responses.by_channel.press_conferences.principal', '其中：主要负责同志参加新闻发布会次数', '次', 2, '2', 'responses.by_channel.press_conferences'], // 526
  ['responses.by_channel.online_interviews', '2.政府网站在线访谈次数', '次', 0, '0', 'responses.by_channel'], // 530
  ['responses.by_channel.online_interviews.principal', '其中：主要负责同志参加政府网站在线访谈次数', '次', 0, '0', 'responses.by_channel.online_interviews'], // 534
  ['responses.by_channel.interpretations', '3.政策解读稿件发布数', '篇', 30, '30', 'responses.by_channel'], // 538
  ['responses.by_channel.weibo_wechat', '4.微博微信回应事件数', '次', 0, '0', 'responses.by_channel'], // 542
  ['responses.by_channel.other', '5.其他方式回应事件数', '次', 311, '311', 'responses.by_channel'], // 546
  ['requests', '三、依申请公开情况', null, null, '', null], // 550
  ['requests.received', '（一）收到申请数', '件', 249, '249', 'requests'], // 554
  ['requests.received.in_person', '1.当面申请数', '件', 132, '132', 'requests.received'], // 558
  ['requests.received.fax', '2.传真申请数', '件', 0, '0', 'requests.received'], // 562
  ['requests.received.online', '3.网络申请数', '件', 30, '30', 'requests.received'], // 566
  ['requests.received.letter', '4.信函申请数', '件', 56, '56', 'requests.received'], // 570
  ['requests.received.other', '5.其他形式', '件', 31, '31', 'requests.received'], // 574
  ['requests.closed', '（二）申请办结数', '件', 249, '249', 'requests'], // 578
  ['requests.closed.on_time', '1.按时办结数', '件', 231, '231', 'requests.closed'], // 582
  ['requests.closed.extended', '2.延期办结数', '件', 18, '18', 'requests.closed'], // 586
  ['requests.replies', '（三）申请答复数', '件', 249, '249', 'requests'], // 590
  ['requests.replies.already_public', '1.属于已主动公开范围数', '件', 7, '7', 'requests.replies'], // 594
  ['requests.replies.granted', '2.同意公开答复数', '件', 102, '102', 'requests.replies'], // 598
  ['requests.replies.partially_granted', '3.同意部分公开答复数', '件', 17, '17', 'requests.replies'], // 602
  ['requests.replies.refused', '4.不同意公开答复数', '件', 14, '14', 'requests.replies'], // 606
  ['requests.replies.refused.state_secret', '其中：涉及国家秘密', '件', 1, '1', 'requests.replies.refused'], // 610
  ['requests.replies.refused.commercial_secret', '涉及商业秘密', '件', 0, '0', 'requests.replies.refused'], // 614
  ['requests.replies.refused.personal_privacy', '涉及个人隐私', '件', 0, '0', 'requests.replies.refused'], // 618
  ['requests.replies.refused.security_stability', '危及国家安全、公共安全、经济安全和社会稳定', '件', 0, '0', 'requests.replies.refused'], // 622
  ['requests.replies.refused.not_government_information', '不是《条例》所指政府信息', '件', 7, '7', 'requests.replies.refused'], // 626
  ['requests.replies.refused.other_statutory', '法律法规规定的其他情形', '件', 6, '6', 'requests.replies.refused'], // 630
  ['requests.replies.not_this_organ', '5.不属于本行政机关公开数', '件', 39, '39', 'requests.replies'], // 634
  ['requests.replies.not_exist', '6.申请信息不存在数', '件', 54, '54', 'requests.replies'], // 638
  ['requests.replies.correction_requested', '7.告知作出更改补充数', '件', 16, '16', 'requests.replies'], // 642
  ['requests.replies.other_channel', '8.告知通过其他途径办理数', '件', 0, '0', 'requests.replies'], // 646
  ['reconsiderations', '四、行政复议数量', '件', 11, '11', null], // 650
  ['reconsiderations.upheld', '（一）维持具体行政行为数', '件', 1, '1', 'reconsiderations'], // 654
  ['reconsiderations.corrected', '（二）被依法纠错数', '件', 8, '8', 'reconsiderations'], // 658
  ['reconsiderations.other', '（三）其他情形数', '件', 2, '2', 'reconsiderations'], // 662
  ['litigation', '五、行政诉讼数量', '件', 59, '59', null], // 666
  ['litigation.upheld', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 31, '31', 'litigation'], // 670
  ['litigation.corrected', '（二）被依法纠错数', '件', 6, '6', 'litigation'], // 674
  ['litigation.other', '（三）其他情形数', '件', 22, '22', 'litigation'], // 678
  ['complaints', '六、被举报投诉数量', '件', 0, '0', null], // 682
  ['complaints.upheld', '（一）维持具体行政行为数', '件', 0, '0', 'complaints'], // 686
  ['complaints.corrected', '（二）被纠错数', '件', 0, '0', 'complaints'], // 690
  ['complaints.other', '（三）其他情形数', '件', 0, '0', 'complaints'], // 694
  ['archive_submissions', '七、向图书馆、档案馆等查阅场所报送信息数', '条', 128, '128', null], // 698 (unit and value on 701–702)
  ['archive_submissions.paper', '（一）纸质文件数', '条', 35, '35', 'archive_submissions'], // 704
  ['archive_submissions.electronic', '（二）电子文件数', '条', 93, '93', 'archive_submissions'], // 708
  ['disclosure_websites', '八、开通政府信息公开网站（或设立门户网站信息公开专栏）数', '个', 3, '3', null], // 712
  ['disclosure_websites.county', '（一）区县政府及其部门门户网站', '个', 3, '3', 'disclosure_websites'], // 716
  ['disclosure_websites.township', '（二）乡镇政府（街道办事处）门户网站', '个', 0, '0', 'disclosure_websites'], // 720
  ['gazette', '九、政府公报发行量', null, null, '', null], // 724
  ['gazette.issues', '（一）公报发行期数', '期', 12, '12', 'gazette'], // 728
  ['gazette.copies', '（二）公报发行总份数', '份', 372, '372', 'gazette'], // 732
  ['reading_points', '十、设置政府信息查阅点数', '个', 77, '77', null], // 736
  ['reading_points.county', '（一）区县政府及其部门', '个', 65, '65', 'reading_points'], // 740
  ['reading_points.township', '（二）乡镇政府（街道办事处）', '个', 12, '12', 'reading_points'], // 744
  ['reading_point_visitors', '十一、查阅点接待人数', '人次', 4500, '4500', null], // 748
  ['reading_point_visitors.county', '（一）区县政府及其部门', '人次', 3800, '3800', 'reading_point_visitors'], // 752
  ['reading_point_visitors.township', '（二）乡镇政府（街道办事处）', '人次', 700, '700', 'reading_point_visitors'], // 756
  ['staffing', '十二、机构建设和保障经费情况', null, null, '', null], // 760
  ['staffing.offices', '（一）政府信息公开工作专门机构数', '个', 1, '1', 'staffing'], // 764
  ['staffing.staff', '（二）从事政府信息公开工作人员数', '人', 79, '79', 'staffing'], // 768
  ['staffing.staff.full_time', '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 6, '6', 'staffing.staff'], // 772
  ['staffing.staff.part_time', '2.兼职人员数', '人', 73, '73', 'staffing.staff'], // 776
  // 780–781: the label is printed over two lines, the second a broken remnant (护等方面的经费）)
  ['staffing.budget', '（三）政府信息公开专项经费（不包括政府公报编辑管理及政府网站建设）护等方面的经费）', '万元', 8, '8', 'staffing'],
  ['meetings', '十三、政府信息公开会议和培训情况', null, null, '', null], // 785
  ['meetings.conferences', '（一）召开政府信息公开工作会议或专题会议数', '次', 1, '1', 'meetings'], // 789
  ['meetings.training_sessions', '（二）举办各类培训班数', '次', 1, '1', 'meetings'], // 793
  ['meetings.trainees', '（三）接受培训人员数', '人次', 150, '150', 'meetings'], // 797
];

const cells = (rows: Row[]) => rows.map(([code, label, unit, value, raw, parentCode]) => ({ code, label, unit, value, raw, parentCode }));

const STATISTICS_FIELDS = `
  source
  proactive { items normativeDocuments normativeDocumentsIssued byChannel { gazette website weibo wechat other } }
  responses { total pressConferences pressConferencesWithPrincipal onlineInterviews onlineInterviewsWithPrincipal interpretations weiboWechat other }
  applications {
    received { total inPerson fax online letter other }
    closed { total onTime extended }
    replies {
      total alreadyPublic granted partiallyGranted
      refused { total stateSecret commercialSecret personalPrivacy securityStability notGovernmentInformation otherStatutory }
      notThisOrgan notExist correctionRequested otherChannel
    }
  }
  reconsiderations { total upheld corrected other }
  litigation { total upheld corrected other }
  complaints { total upheld corrected other }
  archiveSubmissions { total paper electronic }
  disclosureWebsites { total county township }
  gazette { issues copies }
  readingPoints { total county township }
  readingPointVisitors { total county township }
  staffing { offices staff fullTime partTime budgetTenThousandYuan }
  meetings { conferences trainingSessions trainees }`;


describe('the 附件 statistics table (linzi-2017.txt lines 465–799)', () => {
  it('has 82 rows, each with the label, unit, value and cell text as printed, in printed order', async () => {
    expect(TABLE).toHaveLength(82);
    const node = await app.seedReport('tableCells { code label unit value raw parentCode }');
    expect(node).toEqual({ tableCells: cells(TABLE) });
  });

  it('numbers the rows 1–82 and points each at its line in the source', async () => {
    const node = await app.seedReport('tableCells { ordinal line }');
    // the label line of every row, read off the numbered text
    const lines = [
      470, 474, 478, 482, 486, 490, 494, 498, 502, 506, 510, 514, 518, 522, 526, 530, 534, 538, 542, 546, 550, 554, 558, 562, 566,
      570, 574, 578, 582, 586, 590, 594, 598, 602, 606, 610, 614, 618, 622, 626, 630, 634, 638, 642, 646, 650, 654, 658, 662, 666,
      670, 674, 678, 682, 686, 690, 694, 698, 704, 708, 712, 716, 720, 724, 728, 732, 736, 740, 744, 748, 752, 756, 760, 764, 768,
      772, 776, 780, 785, 789, 793, 797,
    ];
    expect(node.tableCells).toEqual(lines.map((line, i) => ({ ordinal: i + 1, line })));
  });

  it('narrows to the refusal rows with codePrefix requests.replies.refused', async () => {
    const node = await app.seedReport('tableCells(codePrefix: "requests.replies.refused") { code label unit value raw parentCode }');
    expect(node).toEqual({ tableCells: cells(TABLE.slice(34, 41)) });
    expect(node.tableCells.map((c: { label: string }) => c.label)).toEqual([
      '4.不同意公开答复数',
      '其中：涉及国家秘密',
      '涉及商业秘密',
      '涉及个人隐私',
      '危及国家安全、公共安全、经济安全和社会稳定',
      '不是《条例》所指政府信息',
      '法律法规规定的其他情形',
    ]);
  });

  it('narrows to one group and its children with another prefix, and to nothing for an unknown one', async () => {
    const node = await app.seedReport(`
      g: tableCells(codePrefix: "gazette") { code value }
      s: tableCells(codePrefix: "staffing") { code value unit }
      none: tableCells(codePrefix: "no_such_row") { code }`);
    expect(node).toEqual({
      g: [
        { code: 'gazette', value: null },
        { code: 'gazette.issues', value: 12 },
        { code: 'gazette.copies', value: 372 },
      ],
      s: [
        { code: 'staffing', value: null, unit: null },
        { code: 'staffing.offices', value: 1, unit: '个' },
        { code: 'staffing.staff', value: 79, unit: '人' },
        { code: 'staffing.staff.full_time', value: 6, unit: '人' },
        { code: 'staffing.staff.part_time', value: 73, unit: '人' },
        { code: 'staffing.budget', value: 8, unit: '万元' },
      ],
      none: [],
    });
  });
});

describe('statistics2008, the typed 2008 table', () => {
  it('gives every field of every section from the table (the default source)', async () => {
    const node = await app.seedReport(`statistics2008 { ${STATISTICS_FIELDS} } explicit: statistics2008(source: TABLE) { source }`);
    expect(node).toEqual({
      explicit: { source: 'TABLE' },
      statistics2008: {
        source: 'TABLE',
        proactive: {
          items: 12274,
          normativeDocuments: 25,
          normativeDocumentsIssued: 25,
          byChannel: { gazette: 161, website: 7487, weibo: 895, wechat: 3012, other: 719 },
        },
        responses: {
          total: 347,
          pressConferences: 6,
          pressConferencesWithPrincipal: 2,
          onlineInterviews: 0,
          onlineInterviewsWithPrincipal: 0,
          interpretations: 30,
          weiboWechat: 0,
          other: 311,
        },
        applications: {
          received: { total: 249, inPerson: 132, fax: 0, online: 30, letter: 56, other: 31 },
          closed: { total: 249, onTime: 231, extended: 18 },
          replies: {
            total: 249,
            alreadyPublic: 7,
            granted: 102,
            partiallyGranted: 17,
            refused: {
              total: 14,
              stateSecret: 1,
              commercialSecret: 0,
              personalPrivacy: 0,
              securityStability: 0,
              notGovernmentInformation: 7,
              otherStatutory: 6,
            },
            notThisOrgan: 39,
            notExist: 54,
            correctionRequested: 16,
            otherChannel: 0,
          },
        },
        reconsiderations: { total: 11, upheld: 1, corrected: 8, other: 2 },
        litigation: { total: 59, upheld: 31, corrected: 6, other: 22 },
        complaints: { total: 0, upheld: 0, corrected: 0, other: 0 },
        archiveSubmissions: { total: 128, paper: 35, electronic: 93 },
        disclosureWebsites: { total: 3, county: 3, township: 0 },
        gazette: { issues: 12, copies: 372 },
        readingPoints: { total: 77, county: 65, township: 12 },
        readingPointVisitors: { total: 4500, county: 3800, township: 700 },
        staffing: { offices: 1, staff: 79, fullTime: 6, partTime: 73, budgetTenThousandYuan: 8 },
        meetings: { conferences: 1, trainingSessions: 1, trainees: 150 },
      },
    });
  });

  it('gives the figures the prose states, and null for everything it does not', async () => {
    const node = await app.seedReport(`statistics2008(source: PROSE) { ${STATISTICS_FIELDS} }`);
    expect(node).toEqual({
      statistics2008: {
        source: 'PROSE',
        // 六 (line 423): 12274 items; website 7487, weibo 895, wechat 3012, gazette 161, other 719. No normative-document counts.
        proactive: {
          items: 12274,
          normativeDocuments: null,
          normativeDocumentsIssued: null,
          byChannel: { gazette: 161, website: 7487, weibo: 895, wechat: 3012, other: 719 },
        },
        // 三 (line 20): 347, of which 6 press conferences, 30 interpretations, 311 by other means
        responses: {
          total: 347,
          pressConferences: 6,
          pressConferencesWithPrincipal: null,
          onlineInterviews: null,
          onlineInterviewsWithPrincipal: null,
          interpretations: 30,
          weiboWechat: null,
          other: 311,
        },
        // 七 (line 438)
        applications: {
          received: { total: 249, inPerson: 132, fax: null, online: 30, letter: 56, other: 31 },
          closed: { total: 249, onTime: 231, extended: 18 },
          replies: {
            total: 249,
            alreadyPublic: 7,
            granted: 102,
            partiallyGranted: 17,
            refused: {
              total: 14,
              stateSecret: 1,
              commercialSecret: null,
              personalPrivacy: null,
              securityStability: null,
              notGovernmentInformation: 7,
              otherStatutory: 5,
            },
            notThisOrgan: 39,
            notExist: 54,
            correctionRequested: 16,
            otherChannel: null,
          },
        },
        // 九 (lines 445, 447)
        reconsiderations: { total: 11, upheld: 1, corrected: 8, other: 2 },
        litigation: { total: 59, upheld: 31, corrected: 6, other: 22 },
        complaints: { total: null, upheld: null, corrected: null, other: null },
        archiveSubmissions: { total: null, paper: null, electronic: null },
        disclosureWebsites: { total: null, county: null, township: null },
        // 六 4. (line 433): 每月编发1期政府公报，共12期
        gazette: { issues: 12, copies: null },
        readingPoints: { total: null, county: null, township: null },
        readingPointVisitors: { total: null, county: null, township: null },
        staffing: { offices: null, staff: null, fullTime: null, partTime: null, budgetTenThousandYuan: null },
        meetings: { conferences: null, trainingSessions: null, trainees: null },
      },
    });
  });

  it('keeps the table and the prose apart where they disagree: 法律法规规定的其他情形 is 6 in the table, 5 in the prose', async () => {
    const node = await app.seedReport(`
      table: statistics2008(source: TABLE) { applications { replies { refused { total otherStatutory } } } }
      prose: statistics2008(source: PROSE) { applications { replies { refused { total otherStatutory } } } }
      cell: tableCells(codePrefix: "requests.replies.refused.other_statutory") { raw value line }
      figure: proseFigures(measurePrefix: "requests.replies.refused.other_statutory") { value unit line }`);
    expect(node).toEqual({
      table: { applications: { replies: { refused: { total: 14, otherStatutory: 6 } } } },
      prose: { applications: { replies: { refused: { total: 14, otherStatutory: 5 } } } },
      cell: [{ raw: '6', value: 6, line: 630 }],
      figure: [{ value: 5, unit: '件', line: 438 }],
    });
  });
});

describe('figures stated in the prose', () => {
  it('gives the year-on-year growth of proactive items, 81.24 %', async () => {
    const node = await app.seedReport('proseFigures(measurePrefix: "proactive.items_growth") { measure value unit line sentence }');
    expect(node).toEqual({
      proseFigures: [
        {
          measure: 'proactive.items_growth',
          value: 81.24,
          unit: '%',
          line: 423,
          sentence: '各镇政府、街道办事处和区政府各部门、单位对2017年以来形成的政府信息进行了及时更新和发布，本年度共主动公开政府信息12274条，同比增长81.24％。',
        },
      ],
    });
  });

  it('gives the channel shares stated on line 423, keeping 约占1.31% as printed', async () => {
    const node = await app.seedReport('channelFigures { items statedShare statedShareText line channel { code name } }');
    expect(node).toEqual({
      channelFigures: [
        { items: 7487, statedShare: 61, statedShareText: '占61%', line: 423, channel: { code: 'WEBSITE', name: '政府网站' } },
        { items: 895, statedShare: 7.29, statedShareText: '占7.29%', line: 423, channel: { code: 'WEIBO', name: '政务微博' } },
        { items: 3012, statedShare: 24.54, statedShareText: '占24.54%', line: 423, channel: { code: 'WECHAT', name: '政务微信' } },
        { items: 161, statedShare: 1.31, statedShareText: '约占1.31%', line: 423, channel: { code: 'GAZETTE', name: '政府公报' } },
        { items: 719, statedShare: 5.86, statedShareText: '占5.86%', line: 423, channel: { code: 'OTHER', name: '其他方式' } },
      ],
    });
  });

  it('gives the shares as prose figures too, in reading order', async () => {
    const node = await app.seedReport('proseFigures(measurePrefix: "proactive.by_channel") { measure value unit line }');
    expect(node).toEqual({
      proseFigures: [
        { measure: 'proactive.by_channel.website', value: 7487, unit: '条', line: 423 },
        { measure: 'proactive.by_channel.website_share', value: 61, unit: '%', line: 423 },
        { measure: 'proactive.by_channel.weibo', value: 895, unit: '条', line: 423 },
        { measure: 'proactive.by_channel.weibo_share', value: 7.29, unit: '%', line: 423 },
        { measure: 'proactive.by_channel.wechat', value: 3012, unit: '条', line: 423 },
        { measure: 'proactive.by_channel.wechat_share', value: 24.54, unit: '%', line: 423 },
        { measure: 'proactive.by_channel.gazette', value: 161, unit: '条', line: 423 },
        { measure: 'proactive.by_channel.gazette_share', value: 1.31, unit: '%', line: 423 },
        { measure: 'proactive.by_channel.other', value: 719, unit: '条', line: 423 },
        { measure: 'proactive.by_channel.other_share', value: 5.86, unit: '%', line: 423 },
        // 六（二）1. restates the website figure
        { measure: 'proactive.by_channel.website', value: 7487, unit: '条', line: 427 },
      ],
    });
  });

  it('gives the application figures of section 七 with their sentences', async () => {
    const node = await app.seedReport('proseFigures(measurePrefix: "requests") { measure value unit line }');
    expect(node).toEqual({
      proseFigures: [
        ['requests.received', 249],
        ['requests.received.in_person', 132],
        ['requests.received.online', 30],
        ['requests.received.letter', 56],
        ['requests.received.other', 31],
        ['requests.closed', 249],
        ['requests.closed.on_time', 231],
        ['requests.closed.extended', 18],
        ['requests.replies', 249],
        ['requests.replies.already_public', 7],
        ['requests.replies.granted', 102],
        ['requests.replies.partially_granted', 17],
        ['requests.replies.refused', 14],
        ['requests.replies.refused.state_secret', 1],
        ['requests.replies.refused.not_government_information', 7],
        ['requests.replies.refused.other_statutory', 5],
        ['requests.replies.not_this_organ', 39],
        ['requests.replies.not_exist', 54],
        ['requests.replies.correction_requested', 16],
      ].map(([measure, value]) => ({ measure, value, unit: '件', line: 438 })),
    });
  });

  it('gives the reconsideration and litigation figures of section 九', async () => {
    const node = await app.seedReport(`
      r: proseFigures(measurePrefix: "reconsiderations") { measure value unit line }
      l: proseFigures(measurePrefix: "litigation") { measure value unit line }`);
    expect(node).toEqual({
      r: [
        { measure: 'reconsiderations', value: 11, unit: '件', line: 445 },
        { measure: 'reconsiderations.upheld', value: 1, unit: '件', line: 445 },
        { measure: 'reconsiderations.corrected', value: 8, unit: '件', line: 445 },
        { measure: 'reconsiderations.other', value: 2, unit: '件', line: 445 },
      ],
      l: [
        { measure: 'litigation', value: 59, unit: '件', line: 447 },
        { measure: 'litigation.upheld', value: 31, unit: '件', line: 447 },
        { measure: 'litigation.corrected', value: 6, unit: '件', line: 447 },
        { measure: 'litigation.other', value: 22, unit: '件', line: 447 },
      ],
    });
  });

  it('gives the response figures of section 三', async () => {
    const node = await app.seedReport('proseFigures(measurePrefix: "responses") { measure value unit line sentence }');
    const sentence = '回应公众关注热点和重大舆情数347次，其中举办新闻发布会6次，发布政策解读稿件30篇，通过区长信箱等其他方式回应事件数311次。';
    expect(node).toEqual({
      proseFigures: [
        { measure: 'responses.total', value: 347, unit: '次', line: 20, sentence },
        { measure: 'responses.by_channel.press_conferences', value: 6, unit: '次', line: 20, sentence },
        { measure: 'responses.by_channel.interpretations', value: 30, unit: '篇', line: 20, sentence },
        { measure: 'responses.by_channel.other', value: 311, unit: '次', line: 20, sentence },
      ],
    });
  });

  it('gives the WeChat post count, 680余条 (line 429)', async () => {
    const node = await app.seedReport(`
      posts: proseFigures(measurePrefix: "channel_accounts.wechat.posts") { measure value unit line sentence }
      accounts: proseFigures(measurePrefix: "channel_accounts") { measure value unit line sentence }`);
    expect(node).toEqual({
      posts: [
        { measure: 'channel_accounts.wechat.posts', value: 680, unit: '条', line: 429, sentence: '2017年共发布信息680余条，日均2条。' },
      ],
      accounts: [
        { measure: 'channel_accounts.wechat.posts', value: 680, unit: '条', line: 429, sentence: '2017年共发布信息680余条，日均2条。' },
        { measure: 'channel_accounts.wechat.posts_per_day', value: 2, unit: '条', line: 429, sentence: '2017年共发布信息680余条，日均2条。' },
      ],
    });
  });
});
