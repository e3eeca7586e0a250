import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/*
 * Typed views over the 2008-regulation national statistics table (2014 版《政府信息公开情况统计表》),
 * so clients ask for `applications.received.inPerson` instead of cell codes. The same view is
 * built from the table's cells or from the figures the prose states, to set them side by side.
 */

export enum FigureSource {
  TABLE = 'TABLE',
  PROSE = 'PROSE',
}

registerEnumType(FigureSource, {
  name: 'FigureSource',
  description: 'Where a figure comes from (数据来源)',
  valuesConfig: {
    TABLE: { description: 'The statistics table (统计表)' },
    PROSE: { description: 'The report’s prose; fields it does not state are null (正文)' },
  },
});

type Values = (code: string) => number | null;
const count = (description: string) => Field(() => Int, { nullable: true, description });

@ObjectType({ description: 'Items proactively published, by channel (通过不同渠道和方式公开政府信息的情况)' })
class ProactiveByChannel {
  @count('Via the government gazette (政府公报)') gazette!: number | null;
  @count('Via the government website (政府网站)') website!: number | null;
  @count('Via Weibo (政务微博)') weibo!: number | null;
  @count('Via WeChat (政务微信)') wechat!: number | null;
  @count('By other means (其他方式)') other!: number | null;
}

@ObjectType({ description: 'Proactive disclosure (主动公开情况)' })
class ProactiveDisclosure {
  @count('Items proactively published, each counted once whatever the channels (主动公开政府信息数)') items!: number | null;
  @count('Of which normative documents (主动公开规范性文件数)') normativeDocuments!: number | null;
  @count('Normative documents issued in all (制发规范性文件总数)') normativeDocumentsIssued!: number | null;
  @Field(() => ProactiveByChannel, { description: 'Items by channel (分渠道公开情况)' }) byChannel!: ProactiveByChannel;
}

@ObjectType({ description: 'Responses to public concern and policy interpretation (回应解读情况)' })
class PublicConcernResponses {
  @count('Hot topics and major public opinion responded to (回应公众关注热点或重大舆情数)') total!: number | null;
  @count('Press conferences held or attended (参加或举办新闻发布会总次数)') pressConferences!: number | null;
  @count('Of which with the principal leader (主要负责同志参加新闻发布会次数)') pressConferencesWithPrincipal!: number | null;
  @count('Online interviews on the government website (政府网站在线访谈次数)') onlineInterviews!: number | null;
  @count('Of which with the principal leader (主要负责同志参加政府网站在线访谈次数)') onlineInterviewsWithPrincipal!: number | null;
  @count('Policy-interpretation articles published (政策解读稿件发布数)') interpretations!: number | null;
  @count('Events responded to on Weibo or WeChat (微博微信回应事件数)') weiboWechat!: number | null;
  @count('Events responded to by other means (其他方式回应事件数)') other!: number | null;
}

@ObjectType({ description: 'Applications received, by channel (收到申请数)' })
class ApplicationsReceived {
  @count('Applications received (收到申请数)') total!: number | null;
  @count('In person (当面申请数)') inPerson!: number | null;
  @count('By fax (传真申请数)') fax!: number | null;
  @count('Online (网络申请数)') online!: number | null;
  @count('By letter (信函申请数)') letter!: number | null;
  @count('In other forms (其他形式)') other!: number | null;
}

@ObjectType({ description: 'Applications closed (申请办结数)' })
class ApplicationsClosed {
  @count('Applications closed (申请办结数)') total!: number | null;
  @count('Closed on time (按时办结数)') onTime!: number | null;
  @count('Closed after an extension (延期办结数)') extended!: number | null;
}

@ObjectType({ description: 'Refusals by reason (不同意公开答复数及理由)' })
class Refusals {
  @count('Replies refusing disclosure (不同意公开答复数)') total!: number | null;
  @count('State secret (涉及国家秘密)') stateSecret!: number | null;
  @count('Commercial secret (涉及商业秘密)') commercialSecret!: number | null;
  @count('Personal privacy (涉及个人隐私)') personalPrivacy!: number | null;
  @count('Endangers national, public or economic security or social stability (危及国家安全、公共安全、经济安全和社会稳定)') securityStability!: number | null;
  @count('Not government information under the regulation (不是《条例》所指政府信息)') notGovernmentInformation!: number | null;
  @count('Other cases under laws and regulations (法律法规规定的其他情形)') otherStatutory!: number | null;
}

@ObjectType({ description: 'Replies to applications, by outcome (申请答复数)' })
class ApplicationReplies {
  @count('Replies given (申请答复数)') total!: number | null;
  @count('Already proactively published (属于已主动公开范围数)') alreadyPublic!: number | null;
  @count('Disclosure granted (同意公开答复数)') granted!: number | null;
  @count('Partly granted (同意部分公开答复数)') partiallyGranted!: number | null;
  @Field(() => Refusals, { description: 'Refused, by reason (不同意公开)' }) refused!: Refusals;
  @count('Not held by this organ (不属于本行政机关公开数)') notThisOrgan!: number | null;
  @count('Information does not exist (申请信息不存在数)') notExist!: number | null;
  @count('Applicant told to amend the application (告知作出更改补充数)') correctionRequested!: number | null;
  @count('Applicant told to use another procedure (告知通过其他途径办理数)') otherChannel!: number | null;
}

@ObjectType({ description: 'Applications for disclosure (依申请公开情况)' })
class Applications {
  @Field(() => ApplicationsReceived, { description: 'Received, by channel (收到申请)' }) received!: ApplicationsReceived;
  @Field(() => ApplicationsClosed, { description: 'Closed, on time or extended (申请办结)' }) closed!: ApplicationsClosed;
  @Field(() => ApplicationReplies, { description: 'Replies, by outcome (申请答复)' }) replies!: ApplicationReplies;
}

@ObjectType({ description: 'Appeals or complaints and how they ended (数量及结果)' })
class AppealOutcomes {
  @count('Cases in all (数量)') total!: number | null;
  @count('The decision was upheld, or the claim dismissed (维持具体行政行为或者驳回诉讼请求数)') upheld!: number | null;
  @count('The decision was corrected (被依法纠错数)') corrected!: number | null;
  @count('Other outcomes (其他情形数)') other!: number | null;
}

@ObjectType({ description: 'A count split by government level (按层级分列)' })
class ByLevel {
  @count('In all (合计)') total!: number | null;
  @count('County-level government and its departments (区县政府及其部门)') county!: number | null;
  @count('Townships and street offices (乡镇政府、街道办事处)') township!: number | null;
}

@ObjectType({ description: 'Information sent to libraries, archives and other reading places (向图书馆、档案馆等查阅场所报送信息数)' })
class ArchiveSubmissions {
  @count('Items sent (报送信息数)') total!: number | null;
  @count('On paper (纸质文件数)') paper!: number | null;
  @count('Electronic (电子文件数)') electronic!: number | null;
}

@ObjectType({ description: 'Circulation of the government gazette (政府公报发行量)' })
class GazetteCirculation {
  @count('Issues published (公报发行期数)') issues!: number | null;
  @count('Copies distributed (公报发行总份数)') copies!: number | null;
}

@ObjectType({ description: 'Disclosure staff and funding (机构建设和保障经费情况)' })
class Staffing {
  @count('Offices dedicated to disclosure (政府信息公开工作专门机构数)') offices!: number | null;
  @count('People working on disclosure (从事政府信息公开工作人员数)') staff!: number | null;
  @count('Full-time (专职人员数)') fullTime!: number | null;
  @count('Part-time (兼职人员数)') partTime!: number | null;
  @Field(() => Float, { nullable: true, description: 'Dedicated budget in 10,000 yuan (政府信息公开专项经费, 万元)' }) budgetTenThousandYuan!: number | null;
}

@ObjectType({ description: 'Meetings and training on disclosure (政府信息公开会议和培训情况)' })
class MeetingsAndTraining {
  @count('Work or special meetings held (召开政府信息公开工作会议或专题会议数)') conferences!: number | null;
  @count('Training courses held (举办各类培训班数)') trainingSessions!: number | null;
  @count('People trained (接受培训人员数)') trainees!: number | null;
}

@ObjectType({ description: 'The 2008-regulation national statistics table, typed (政府信息公开情况统计表)' })
export class Statistics2008 {
  @Field(() => FigureSource, { description: 'Where these figures come from (数据来源)' }) source!: FigureSource;
  @Field(() => ProactiveDisclosure, { description: '一、Proactive disclosure (主动公开情况)' }) proactive!: ProactiveDisclosure;
  @Field(() => PublicConcernResponses, { description: '二、Responses and interpretation (回应解读情况)' }) responses!: PublicConcernResponses;
  @Field(() => Applications, { description: '三、Applications (依申请公开情况)' }) applications!: Applications;
  @Field(() => AppealOutcomes, { description: '四、Administrative reconsideration (行政复议)' }) reconsiderations!: AppealOutcomes;
  @Field(() => AppealOutcomes, { description: '五、Administrative litigation (行政诉讼)' }) litigation!: AppealOutcomes;
  @Field(() => AppealOutcomes, { description: '六、Reports and complaints (被举报投诉)' }) complaints!: AppealOutcomes;
  @Field(() => ArchiveSubmissions, { description: '七、Sent to reading places (向查阅场所报送信息)' }) archiveSubmissions!: ArchiveSubmissions;
  @Field(() => ByLevel, { description: '八、Disclosure websites or portal columns (开通政府信息公开网站数)' }) disclosureWebsites!: ByLevel;
  @Field(() => GazetteCirculation, { description: '九、Gazette circulation (政府公报发行量)' }) gazette!: GazetteCirculation;
  @Field(() => ByLevel, { description: '十、Reading points (设置政府信息查阅点数)' }) readingPoints!: ByLevel;
  @Field(() => ByLevel, { description: '十一、Visitors at reading points (查阅点接待人数)' }) readingPointVisitors!: ByLevel;
  @Field(() => Staffing, { description: '十二、Staff and funding (机构建设和保障经费)' }) staffing!: Staffing;
  @Field(() => MeetingsAndTraining, { description: '十三、Meetings and training (会议和培训)' }) meetings!: MeetingsAndTraining;
}

const outcomes = (v: Values, prefix: string): AppealOutcomes => ({
  total: v(prefix),
  upheld: v(`${prefix}.upheld`),
  corrected: v(`${prefix}.corrected`),
  other: v(`${prefix}.other`),
});
const byLevel = (v: Values, prefix: string): ByLevel => ({ total: v(prefix), county: v(`${prefix}.county`), township: v(`${prefix}.township`) });

/** Maps the table codes of the national 2014 layout (see seeds/linzi-2017.json) onto the typed view. */
export function statistics2008(source: FigureSource, v: Values): Statistics2008 {
  const received = 'requests.received';
  const replies = 'requests.replies';
  const refused = `${replies}.refused`;
  return {
    source,
    proactive: {
      items: v('proactive.items'),
      normativeDocuments: v('proactive.items.normative_documents'),
      normativeDocumentsIssued: v('proactive.items.normative_documents_issued'),
      byChannel: {
        gazette: v('proactive.by_channel.gazette'),
        website: v('proactive.by_channel.website'),
        weibo: v('proactive.by_channel.weibo'),
        wechat: v('proactive.by_channel.wechat'),
        other: v('proactive.by_channel.other'),
      },
    },
    responses: {
      total: v('responses.total'),
      pressConferences: v('responses.by_channel.press_conferences'),
      pressConferencesWithPrincipal: v('responses.by_channel.press_conferences.principal'),
      onlineInterviews: v('responses.by_channel.online_interviews'),
      onlineInterviewsWithPrincipal: v('responses.by_channel.online_interviews.principal'),
      interpretations: v('responses.by_channel.interpretations'),
      weiboWechat: v('responses.by_channel.weibo_wechat'),
      other: v('responses.by_channel.other'),
    },
    applications: {
      received: { total: v(received), inPerson: v(`${received}.in_person`), fax: v(`${received}.fax`), online: v(`${received}.online`), letter: v(`${received}.letter`), other: v(`${received}.other`) },
      closed: { total: v('requests.closed'), onTime: v('requests.closed.on_time'), extended: v('requests.closed.extended') },
      replies: {
        total: v(replies),
        alreadyPublic: v(`${replies}.already_public`),
        granted: v(`${replies}.granted`),
        partiallyGranted: v(`${replies}.partially_granted`),
        refused: {
          total: v(refused),
          stateSecret: v(`${refused}.state_secret`),
          commercialSecret: v(`${refused}.commercial_secret`),
          personalPrivacy: v(`${refused}.personal_privacy`),
          securityStability: v(`${refused}.security_stability`),
          notGovernmentInformation: v(`${refused}.not_government_information`),
          otherStatutory: v(`${refused}.other_statutory`),
        },
        notThisOrgan: v(`${replies}.not_this_organ`),
        notExist: v(`${replies}.not_exist`),
        correctionRequested: v(`${replies}.correction_requested`),
        otherChannel: v(`${replies}.other_channel`),
      },
    },
    reconsiderations: outcomes(v, 'reconsiderations'),
    litigation: outcomes(v, 'litigation'),
    complaints: outcomes(v, 'complaints'),
    archiveSubmissions: { total: v('archive_submissions'), paper: v('archive_submissions.paper'), electronic: v('archive_submissions.electronic') },
    disclosureWebsites: byLevel(v, 'disclosure_websites'),
    gazette: { issues: v('gazette.issues'), copies: v('gazette.copies') },
    readingPoints: byLevel(v, 'reading_points'),
    readingPointVisitors: byLevel(v, 'reading_point_visitors'),
    staffing: {
      offices: v('staffing.offices'),
      staff: v('staffing.staff'),
      fullTime: v('staffing.staff.full_time'),
      partTime: v('staffing.staff.part_time'),
      budgetTenThousandYuan: v('staffing.budget'),
    },
    meetings: { conferences: v('meetings.conferences'), trainingSessions: v('meetings.training_sessions'), trainees: v('meetings.trainees') },
  };
}
