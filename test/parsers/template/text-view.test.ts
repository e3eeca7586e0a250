import { describe, expect, it } from 'vitest';
import { createTextView } from '../../../src/parsers/template/text-view.js';

// The text view folds a few code units (full-width ASCII, odd spaces, the minus sign) and leaves
// every other alone. It is built with a regular expression of the foldable units; this checks all
// 65,536 of them against the rule, so the expression and the fold cannot drift apart.
const SPACES = new Set([0x3000, 0x00a0, 0x200b, 0xfeff, 0x0d]);
const expectedFold = (c: number) => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : SPACES.has(c) ? 0x20 : c === 0x2212 ? 0x2d : c);

describe('the template parser’s text view', () => {
  it('folds exactly the code units the rule names, and maps compact offsets back to them', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => c);
    const view = createTextView(String.fromCharCode(...all.map((c) => (c === 0x0a ? 0x41 : c))));
    const folded = all.filter((c) => c !== 0x0a && view.normal.charCodeAt(c) !== c);
    expect(folded).toEqual(all.filter((c) => c !== 0x0a && expectedFold(c) !== c));
    expect(folded.every((c) => view.normal.charCodeAt(c) === expectedFold(c))).toBe(true);
    for (let i = 0; i < view.compact.length; i++) expect(view.compact[i]).toBe(view.normal[view.compactToNormal[i]]);
    expect(view.compact).not.toMatch(/[ \t\n\v\f]/);
  });

  it('keeps line starts and the offset maps across folded spaces', () => {
    const view = createTextView('一、\u3000总体情况\r\n（一）　主动公开－１２');
    expect(view.normal).toBe('一、 总体情况 \n(一) 主动公开-12');
    expect(view.compact).toBe('一、总体情况(一)主动公开-12');
    expect(view.lineStarts).toEqual([0, 9]);
    expect(view.normalToCompact[9]).toBe(6);
    expect(view.compactToNormal[6]).toBe(9);
  });
});
