import type { Cheerio, CheerioAPI } from 'cheerio';

/**
 * Finding the report inside a government web page. Article pages on these sites are built by a
 * handful of content systems (TRS WCM, 开普云/UCAP, 大汉, …) that wrap the body in recognisable
 * containers: `TRS_Editor`/`TRS_UEDITOR` and `UCAP-CONTENT` hold exactly the text the editor
 * typed; `zoom` is the font-size-switcher target that wraps the body; `article`, `detail`,
 * `content` are the generic wrappers around it. So candidates are ranked by how specific their
 * id/class is, and within a rank the one holding the most text wins (an outer `content` that
 * holds an inner one holds all of its text too). A candidate with hardly any text (a `content`
 * class on a teaser box) is passed over. With no candidate, the whole body is the content.
 */

type ElementOf<T> = T extends Cheerio<infer E> ? E : never;
type Root = ElementOf<ReturnType<CheerioAPI['root']>>;
/** A node of the parsed page (domhandler's AnyNode), named through cheerio so no other package is imported. */
export type DomNode = Root | Root['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

/** Elements that are never report text: code, page chrome, form controls. Removed before anything else. */
export const NOISE_SELECTOR = [
  'head', 'script', 'style', 'noscript', 'template', 'link', 'meta',
  'nav', 'header', 'footer', 'aside', 'iframe', 'object', 'embed', 'canvas', 'svg',
  'select', 'button', 'textarea', 'input', '[hidden]',
].join(', ');

const RANKS: readonly RegExp[] = [
  /trs_?u?editor|ucap-content|^(?:font)?zoom(?:con)?$/i,
  /article|detail|zhengwen|zwnr|^zw$|^text$|wenzhang/i,
  /content|^con$|^main$/i,
];

/**
 * Words naming boxes around the article rather than the article (`header-content`, `sideNav`,
 * `newsList`): a name with one of them is never chosen, even if it also says "content".
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'menu', 'head', 'header', 'foot', 'footer', 'side', 'sidebar', 'crumb', 'crumbs', 'breadcrumb',
  'share', 'search', 'link', 'links', 'banner', 'logo', 'copyright', 'related', 'comment', 'comments', 'list',
  'tool', 'tools', 'toolbar', 'position', 'location',
]);
const wordsOf = (name: string) => name.split(/[-_.]+|(?<=[a-z])(?=[A-Z])/).map((word) => word.toLowerCase());
const isChrome = (name: string) => wordsOf(name).some((word) => CHROME_WORDS.has(word));

/** A container needs this much text (or a quarter of the page's, for short pages) to be the report. */
const MIN_CONTENT_CHARS = 200;

/** The element holding the report's text: the best ranked candidate, else <body>, else the document. */
export function pickMainContent($: CheerioAPI): DomNode {
  const root: DomNode = $.root()[0];
  const body = $('body')[0] ?? root;
  const needed = Math.min(MIN_CONTENT_CHARS, visibleLength($(body).text()) / 4);

  const ranked: DomElement[][] = RANKS.map(() => []);
  $('body [id], body [class]').each((_, element) => {
    const names = `${element.attribs.id ?? ''} ${element.attribs.class ?? ''}`.split(/\s+/).filter(Boolean);
    if (names.some(isChrome)) return;
    const rank = RANKS.findIndex((pattern) => names.some((name) => pattern.test(name)));
    if (rank >= 0) ranked[rank].push(element);
  });

  for (const candidates of ranked) {
    let best: { element: DomElement; length: number } | null = null;
    for (const element of candidates) {
      const length = visibleLength($(element).text());
      if (length >= needed && length > 0 && (!best || length > best.length)) best = { element, length };
    }
    if (best) return best.element;
  }
  return body;
}

/** Characters that would show on the page (whitespace does not count towards "holds text"). */
function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
