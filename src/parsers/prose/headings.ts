import { headingTopic } from './topics.js';
import type { Topic } from './types.js';

/**
 * Tracks what the current heading is about, so that "全年共发布信息84条。" under
 * "（5）推进安全生产信息公开。" is a work-safety figure. Headings are numbered at five levels
 * (一、 > （一） > 1. > （1） > 一是); a heading sets the subject of its level and clears the deeper
 * ones, and the deepest subject in force applies. A heading that names no known subject clears its
 * level too (二、主动公开政府信息情况 ends the key-domain section).
 *
 * Crawled texts glue headings to each other and to their first sentence
 * ("（二）把握工作重点，扎实推进信息公开1.推进经济发展信息公开（1）推进重大建设项目…"), so every
 * numbering mark in a sentence that starts with one counts, each heading running to the next mark.
 */

const MARKS: readonly (readonly [RegExp, number])[] = [
  [/^[一二三四五六七八九十]{1,3}、/, 1],
  [/^[（(]\s?[一二三四五六七八九十]{1,3}\s?[)）]/, 2],
  [/^[0-9０-９]{1,2}\s?[.．、](?![0-9０-９])/, 3],
  [/^[（(]\s?[0-9０-９]{1,2}\s?[)）]/, 4],
  [/^[一二三四五六七八九十]是/, 5],
];
const LEVELS = 6;
/** A heading run holds a handful of marks; more means a list, not headings, and bounds the work. */
const MAX_MARKS = 12;
/** Characters that may stand right before a numbering mark; anything else (第, 条, a digit) makes it a reference or a number. */
const NOT_BEFORE = /[第条0-9０-９.．]/;

interface Mark {
  start: number;
  end: number;
  level: number;
}

function marksIn(sentence: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (!'一二三四五六七八九十（(0123456789０１２３４５６７８９'.includes(c)) continue;
    if (i > 0 && NOT_BEFORE.test(sentence[i - 1]!)) continue;
    const rest = sentence.slice(i, i + 8);
    for (const [pattern, level] of MARKS) {
      const m = pattern.exec(rest);
      if (m) {
        marks.push({ start: i, end: i + m[0].length, level });
        i += m[0].length - 1;
        break;
      }
    }
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}

export class TopicTracker {
  private readonly levels: (Topic | null)[] = new Array(LEVELS).fill(null);

  /**
   * Reads the headings of one sentence and returns the subject in force at each offset of it.
   * Call once per sentence, in reading order.
   */
  enter(sentence: string): (offset: number) => Topic | null {
    const marks = /^[一二三四五六七八九十（(0-9０-９]/.test(sentence) ? marksIn(sentence) : [];
    if (marks.length === 0 || marks[0]!.start !== 0) {
      const topic = this.current();
      return () => topic;
    }
    const changes: { at: number; topic: Topic | null }[] = [];
    marks.forEach((mark, k) => {
      const headingEnd = k + 1 < marks.length ? marks[k + 1]!.start : sentence.length;
      this.levels[mark.level] = headingTopic(sentence.slice(mark.end, headingEnd));
      for (let deeper = mark.level + 1; deeper < LEVELS; deeper++) this.levels[deeper] = null;
      changes.push({ at: mark.start, topic: this.current() });
    });
    return (offset) => {
      let topic: Topic | null = changes[0]!.topic;
      for (const change of changes) if (change.at <= offset) topic = change.topic;
      return topic;
    };
  }

  private current(): Topic | null {
    for (let level = LEVELS - 1; level >= 1; level--) if (this.levels[level]) return this.levels[level]!;
    return null;
  }
}
