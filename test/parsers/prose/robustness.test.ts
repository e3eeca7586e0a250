import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProseFigures, type ProseFigure } from '../../../src/parsers/prose/extract-prose-figures.js';
import type { ReportFamily } from '../../../src/parsers/prose/types.js';

/* Any text gives figures or nothing, never an exception, and in time linear in its length. */

const FAMILIES: ReportFamily[] = ['REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021'];
const LONG = 200_000;
/** Generous for a shared CI machine; a 200k-character text takes well under a second here. */
const BUDGET_MS = 3_000;

/** The shape the report document requires of a prose item, and a line the text has. */
function wellFormed(figures: ProseFigure[], text: string): boolean {
  const lines = text.split('\n').length;
  return figures.every(
    (f) =>
      /^[a-z_]+(\.[a-z_]+)*$/.test(f.measure) && Number.isFinite(f.value) && f.unit.length > 0 && f.sentence.length > 0 &&
      Number.isInteger(f.line) && f.line >= 1 && f.line <= lines,
  );
}

/** `unit` repeated to a 200k-character text. */
const fill = (unit: string) => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);

function timed(text: string, family: ReportFamily) {
  const started = performance.now();
  const figures = extractProseFigures(text, family);
  return { figures, ms: performance.now() - started };
}

describe('robustness of prose extraction', () => {
  it.each(FAMILIES)('gives nothing for an empty text or one without figures (%s)', (family) => {
    for (const text of ['', '   \n\n', '本报告由区政府办公室编制。如有疑问，请联系我们。', '2017年1月1日至12月31日。电话：0533-7211070。']) {
      expect(extractProseFigures(text, family)).toEqual([]);
    }
  });

  const longTexts: Record<string, string> = {
    'one line of prose without a full stop': fill('各单位主动公开政府信息12条，其中网站公开8条，'),
    'one line of short sentences': fill('共发布信息1条。'),
    'digits and counters only': fill('1条'),
    'nested brackets and 其中': fill('（其中1件') + '）'.repeat(1000),
    'numbering marks only': fill('一、（一）1.（1）一是'),
    'Chinese numerals and counters': fill('二十三个'),
    'a flattened table header followed by cells': '指标名称计量单位2017年度历年累计' + fill('主动公开文件数条2122'),
    'a template anchor followed by cells': '第二十条第（一）项' + fill('规章000'),
    // Few figures, many breakdown marks: each mark must cost O(1), not a look back over the sentence.
    '其中 everywhere, one figure': fill('其中') + '收到申请1件',
    'a figure followed by opening brackets': '收到申请1件' + fill('（') + '2件',
    'a long sentence with a figure every 1300 characters': fill('各项工作有序推进而且成效明显'.repeat(95) + '类信息5条，'),
  };

  it.each(Object.entries(longTexts))('reads a 200k-character line (%s) without throwing, in time', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(LONG);
    for (const family of FAMILIES) {
      const { figures, ms } = timed(text, family);
      expect(wellFormed(figures, text)).toBe(true);
      expect(ms).toBeLessThan(BUDGET_MS);
    }
  });

  it('reads a 200k-character line of prose sentences and finds every figure', () => {
    const sentence = '全年共发布征地信息12条。';
    const text = sentence.repeat(Math.floor(LONG / sentence.length));
    const { figures, ms } = timed(text, 'REGULATION_2008');
    expect(figures).toHaveLength(Math.floor(LONG / sentence.length));
    expect(new Set(figures.map((f) => f.measure))).toEqual(new Set(['key_domains.land_acquisition_demolition.items']));
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('never throws on random Unicode and returns well-formed figures', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...FAMILIES), (text, family) => {
        expect(wellFormed(extractProseFigures(text, family), text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text made of the characters patterns react to', () => {
    const tricky = fc.constantFrom(
      ...'其中（）()；;，,。、：0123456789０１２.．%％条件次个项万余两一二三十第是\n 共占增长下降同比历年累计申请复议诉讼维持公开网站'.split(''),
      '其中', '政府信息', '不同意公开', '本年新收', '上年结转', '指标名称计量单位2017年度历年累计', '第二十条第（一）项', '五、存在的主要问题',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 300 }), fc.constantFrom(...FAMILIES), (parts, family) => {
        const text = parts.join('');
        expect(wellFormed(extractProseFigures(text, family), text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
