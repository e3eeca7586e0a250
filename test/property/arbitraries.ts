import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';

/** Fixed seed so every failure reproduces; change it only on purpose. */
export const SEED = 20_240_611;

/** The real report texts the mangling arbitraries start from. */
export const SEED_TEXTS: readonly { name: string; text: string }[] = [
  { name: 'seeds/linzi-2017.txt', text: readFileSync(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8') },
  ...readdirSync(fromProjectRoot('test', 'fixtures', 'corpus'))
    .filter((file) => /^0.*\.txt$/.test(file))
    .sort()
    .map((file) => ({ name: `test/fixtures/corpus/${file}`, text: readFileSync(fromProjectRoot('test', 'fixtures', 'corpus', file), 'utf8') })),
];

/** Pieces of real reports (headings, labels, numbers) so random text hits the parsers' patterns. */
const TOKENS: readonly string[] = [
  ...new Set(
    SEED_TEXTS.flatMap(({ text }) =>
      text
        .split(/[\t\n\u3000 ]+/)
        .filter((token) => token.length > 0 && token.length <= 24),
    ),
  ),
].slice(0, 4000);

const WHITESPACE = ['\t', '\u3000', '\n', ' ', '\n\n', '\t\t', '\r\n', '\r', '', '\u00a0', '\u2003'];
const NASTY = ['|', '｜', '（', '）', '(', ')', '、', '。', '，', '：', '%', '％', '万', '件', '条', '次', '一、', '十三、', '（一）', '1.', '０', '９', '.', '-', '—', '\ufffd', '\u0000', '\ud800', '\udfff', '𠮷', '\u200b'];

/** Any unicode text: whole code points, lone surrogates, controls. */
export const randomUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...TOKENS, ...WHITESPACE, ...NASTY), maxLength: 300 }).map((s) => s),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...WHITESPACE, ...NASTY), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 300 }).map((parts) => parts.join('')),
);

/** A fraction [0, 1) as an integer draw, so it shrinks toward 0. */
const frac = fc.integer({ min: 0, max: 9_999 }).map((n) => n / 10_000);
const pick = (f: number, length: number) => Math.min(length - 1, Math.floor(f * length));

type Op = { name: string; apply: (text: string) => string };

const mapLines = (text: string, edit: (lines: string[]) => string[]) => edit(text.split('\n')).join('\n');

const cuts: fc.Arbitrary<Op>[] = [
  // cut the text at random points
  fc.tuple(frac, frac).map(([a, b]): Op => ({
    name: `slice(${a},${b})`,
    apply: (t) => t.slice(Math.floor(Math.min(a, b) * t.length), Math.ceil(Math.max(a, b) * t.length)),
  })),
  // truncate the tail only (keeps the title, cuts the table)
  frac.map((a): Op => ({ name: `truncate(${a})`, apply: (t) => t.slice(0, Math.floor(a * t.length)) })),
];

/** Local edits: the text keeps its overall shape, so the parsers get past their first checks. */
const edits: fc.Arbitrary<Op>[] = [
  // delete random lines
  fc.array(frac, { minLength: 1, maxLength: 20 }).map((fs): Op => ({
    name: `deleteLines(${fs})`,
    apply: (t) =>
      mapLines(t, (lines) => {
        const drop = new Set(fs.map((f) => pick(f, lines.length)));
        return lines.filter((_, i) => !drop.has(i));
      }),
  })),
  // duplicate random lines
  fc.array(frac, { minLength: 1, maxLength: 20 }).map((fs): Op => ({
    name: `duplicateLines(${fs})`,
    apply: (t) =>
      mapLines(t, (lines) => {
        const dup = new Set(fs.map((f) => pick(f, lines.length)));
        return lines.flatMap((line, i) => (dup.has(i) ? [line, line] : [line]));
      }),
  })),
  // move a line elsewhere
  fc.tuple(frac, frac).map(([a, b]): Op => ({
    name: `moveLine(${a},${b})`,
    apply: (t) =>
      mapLines(t, (lines) => {
        const copy = [...lines];
        const [line] = copy.splice(pick(a, copy.length), 1);
        copy.splice(pick(b, copy.length + 1), 0, line ?? '');
        return copy;
      }),
  })),
  // replace digits by random digits (every `step`-th digit from `offset`)
  fc.tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 })).map(
    ([digits, step, offset]): Op => ({
      name: `replaceDigits(${digits},${step},${offset})`,
      apply: (t) => {
        let i = 0;
        return t.replace(/[0-9]/g, (d) => {
          const k = i++;
          return k % step === offset % step ? String(digits[k % digits.length]) : d;
        });
      },
    }),
  ),
  // replace digits by huge or odd numbers
  fc.tuple(frac, fc.constantFrom('99999999999999999999999', '1e309', '0.5', '-3', '１２３', '1,234', '1.2.3', '', '..', '十二', '-', '0x1F')).map(
    ([f, replacement]): Op => ({
      name: `oddNumber(${f},${JSON.stringify(replacement)})`,
      apply: (t) => {
        const numbers = [...t.matchAll(/[0-9]+/g)];
        if (numbers.length === 0) return t;
        const m = numbers[pick(f, numbers.length)]!;
        return t.slice(0, m.index) + replacement + t.slice(m.index! + m[0].length);
      },
    }),
  ),
  // insert random characters
  fc.array(fc.tuple(frac, fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.constantFrom(...NASTY, ...WHITESPACE), fc.constantFrom(...TOKENS))), { minLength: 1, maxLength: 20 }).map(
    (inserts): Op => ({
      name: `insert(${JSON.stringify(inserts)})`,
      apply: (t) => {
        let out = t;
        for (const [f, s] of inserts) {
          const at = Math.floor(f * (out.length + 1));
          out = out.slice(0, at) + s + out.slice(at);
        }
        return out;
      },
    }),
  ),
  // shuffle whitespace: each whitespace run replaced by one of the choices, cyclically
  fc.tuple(fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 })).map(
    ([choices, step, offset]): Op => ({
      name: `whitespace(${JSON.stringify(choices)},${step},${offset})`,
      apply: (t) => {
        let i = 0;
        return t.replace(/[\t \u3000\n]+/g, (w) => {
          const k = i++;
          return k % step === offset % step ? choices[k % choices.length]! : w;
        });
      },
    }),
  ),
  // tabs ↔ full-width spaces ↔ spaces everywhere
  fc.constantFrom<[RegExp, string]>([/\t/g, '\u3000'], [/\u3000/g, '\t'], [/\t/g, ' '], [/\t/g, '  '], [/ /g, ''], [/\t/g, ''], [/\n/g, '\t']).map(
    ([from, to]): Op => ({ name: `replaceAll(${from},${JSON.stringify(to)})`, apply: (t) => t.replace(from, to) }),
  ),
  // join lines (drop a few newlines)
  fc.array(frac, { minLength: 1, maxLength: 30 }).map((fs): Op => ({
    name: `joinLines(${fs})`,
    apply: (t) =>
      mapLines(t, (lines) => {
        const join = new Set(fs.map((f) => pick(f, lines.length)));
        const out: string[] = [];
        lines.forEach((line, i) => {
          if (join.has(i - 1) && out.length > 0) out[out.length - 1] += line;
          else out.push(line);
        });
        return out;
      }),
  })),
];

const mangle = (source: string, head: string, body: string, applied: Op[]) => ({
  source,
  ops: applied.map((op) => op.name),
  text: head + applied.reduce((text, op) => op.apply(text), body),
  toString() {
    return `${this.source} after ${this.ops.join(' → ')}`;
  },
});

/** A real report text with 1–6 manglings (cuts and edits) applied in sequence; the ops' names say what was done. */
export const mangledReport = fc
  .tuple(fc.constantFrom(...SEED_TEXTS), fc.array(fc.oneof(...cuts, ...edits), { minLength: 1, maxLength: 6 }))
  .map(([seed, applied]) => mangle(seed.name, '', seed.text, applied));

/**
 * A real report whose first lines (the title) are kept and whose body gets 1–3 local edits, so
 * that most runs get past the title and table detection and exercise the deep parsing paths.
 */
export const mangledBody = fc
  .tuple(fc.constantFrom(...SEED_TEXTS), fc.integer({ min: 1, max: 12 }), fc.array(fc.oneof(...edits), { minLength: 1, maxLength: 3 }))
  .map(([seed, keep, applied]) => {
    const lines = seed.text.split('\n');
    return mangle(seed.name, lines.slice(0, keep).join('\n') + '\n', lines.slice(keep).join('\n'), applied);
  });

/** Mangled real reports and random text, as plain strings. */
export const anyReportText = fc.oneof(
  { weight: 2, arbitrary: mangledReport.map((m) => m.text) },
  { weight: 2, arbitrary: mangledBody.map((m) => m.text) },
  { weight: 1, arbitrary: randomUnicode },
);

/** Wall-clock bound for one parser call: anything slower on these input sizes is a hang. */
export const CALL_BUDGET_MS = 2_000;

/** Runs `f`, asserting it ends within CALL_BUDGET_MS, and returns its result or the error it threw. */
export function timed<T>(f: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  const started = performance.now();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: f() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const took = performance.now() - started;
  expect(took, `call took ${Math.round(took)} ms`).toBeLessThan(CALL_BUDGET_MS);
  return outcome;
}

/** Rethrows `error` unless it is an instance of one of `classes` (so the property reports it with its stack). */
export function expectOwnError(error: unknown, classes: readonly (abstract new (...args: never[]) => Error)[]): void {
  if (!classes.some((cls) => error instanceof cls)) throw error;
  expect((error as Error).message.length).toBeGreaterThan(0);
}

const CODE = /^[a-z_]+(\.[a-z_]+)*$/;

export function expectCellContract(cells: readonly { code: string; value: number | null; raw: string; line: number }[]): void {
  for (const cell of cells) {
    expect(cell.code).toMatch(CODE);
    if (cell.value !== null) expect(Number.isFinite(cell.value), `value ${cell.value} of ${cell.code}`).toBe(true);
    expect(typeof cell.raw).toBe('string');
    expect(Number.isInteger(cell.line) && cell.line >= 1, `line ${cell.line} of ${cell.code}`).toBe(true);
  }
}

export function expectProseContract(figures: readonly { measure: string; value: number; line: number }[]): void {
  for (const figure of figures) {
    expect(Number.isFinite(figure.value), `value ${figure.value} of ${figure.measure}`).toBe(true);
    expect(Number.isInteger(figure.line) && figure.line >= 1, `line ${figure.line} of ${figure.measure}`).toBe(true);
  }
}

/** fast-check options shared by every property: fixed seed, bounded runs and time. */
export const runOptions = (numRuns: number, timeLimitMs = 5_000) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false });
