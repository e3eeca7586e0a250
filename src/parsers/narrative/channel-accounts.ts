import type { ReportSection } from '../../ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { preambleLines, sectionByHeading, sectionLines } from './text-lines.js';

export type ChannelAccount = ReportDocument['channelAccounts'][number];

// “中国临淄”门户网站（www…）/ “临淄政务”微博 / “81890民生热线”手机客户端: a quoted name, then the
// shortest phrase ending in an outlet word (客户端, 公众号, 微博, 网站…) says which channel it is. 客户端 is tested first because an app
// may call itself a 移动门户.
const NAMED = /“([^“”]{1,20})”([^“”、，。；（(]{0,8}?(?:客户端|微信(?:公众平台|公众号)?|公众平台|公众号|微博|门户网站|网站|APP))(?:[（(]\s*((?:https?:\/\/)?www\.[A-Za-z0-9.-]+)\/?\s*[）)])?/g;
const KINDS: [RegExp, ChannelAccount['channel']][] = [
  [/客户端|APP/i, 'APP'],
  [/微信/, 'WECHAT'],
  [/微博/, 'WEIBO'],
  [/门户网|网站/, 'WEBSITE'],
];

/**
 * The named outlets a report describes: its portal (named in the preamble), and the accounts in the
 * 主动公开 section's list of channels. Other sections mention the portal under variant spellings
 * (“中国·临淄”) in passing, so they are not read. The gazette has no name of its own; a sub-item
 * headed 政府公报 is its account. `description` quotes the report: the text of the numbered channel
 * item (1.政府门户网站。…) of the account's channel where there is one, else the wording after the
 * name (手机客户端).
 */
export function extractChannelAccounts(text: string, sections: ReportSection[]): ChannelAccount[] {
  const channelLines = sectionLines(text, sectionByHeading(sections, /主动公开/));
  const lines = [...preambleLines(text, sections), ...channelLines];
  const itemText = channelItems(channelLines);
  const accounts: ChannelAccount[] = [];
  const seen = new Set<string>();
  const add = (account: ChannelAccount) => {
    const id = `${account.channel}|${account.name}`;
    if (!seen.has(id)) accounts.push(account);
    seen.add(id);
  };
  for (const { line, text: content } of lines) {
    const opened = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[^。]*开通/.exec(content);
    for (const match of content.matchAll(NAMED)) {
      const channel = KINDS.find(([words]) => words.test(match[2]))?.[1];
      if (!channel) continue;
      const url = match[3] ? (/^https?:/.test(match[3]) ? match[3] : `http://${match[3]}`) : null;
      const description = itemText.get(channel) ?? (match[2].trim() || null);
      add({ channel, name: match[1], url, openedOn: opened && channel !== 'WEBSITE' ? yearMonth(opened) : null, description, line });
    }
    const gazette = /^\s*\d+\s*[.．、]\s*(政府公报)。(.+)$/.exec(content);
    if (gazette) add({ channel: 'GAZETTE', name: gazette[1], url: null, openedOn: null, description: gazette[2].trim(), line });
  }
  return accounts;
}

/** The numbered items of the 主动公开途径 list (2.微信公众号。…), by the channel their heading names. */
function channelItems(lines: { text: string }[]): Map<ChannelAccount['channel'], string> {
  const items = new Map<ChannelAccount['channel'], string>();
  for (const { text: content } of lines) {
    const item = /^\s*\d+\s*[.．、]\s*([^。]{2,12})。(.+)$/.exec(content);
    const channel = item && (/公报/.test(item[1]) ? 'GAZETTE' : KINDS.find(([words]) => words.test(item[1]))?.[1]);
    if (item && channel && !items.has(channel)) items.set(channel, item[2].trim());
  }
  return items;
}

function yearMonth(match: RegExpExecArray): string {
  return [match[1], match[2].padStart(2, '0'), ...(match[3] ? [match[3].padStart(2, '0')] : [])].join('-');
}
