/**
 * What is taken out of a section's text before it is set against last year's, so that only the
 * body's own wording is compared. Every step below removes something that is the same (or is
 * meant to change) in every report, whoever wrote it:
 *
 * 1. Dates and years (2017年12月31日, 2017年度, 2017-10-13): they move on every year by design.
 * 2. Figures: Arabic numbers with their decimals and % (full-width ones too, folded by NFKC), and
 *    runs of two or more Chinese numerals (二〇一七, 十八): a copy with new numbers is still a
 *    copy. A single Chinese numeral stays, because it is also part of words (进一步, 统一).
 * 3. Whitespace and punctuation: only letters are kept (Chinese characters and Latin letters,
 *    lower-cased), so reflowed lines, 、 against ， and full-width brackets do not count.
 * 4. Both reports' issuer names, in full and without 人民政府 (临淄区人民政府 and 临淄区): a
 *    report copied under a new name is still a copy.
 * 5. The regulation's standard section headings (STANDARD_HEADINGS) and the template phrases of
 *    TEMPLATE_PHRASES: every report carries them, so they would make any two reports look alike.
 */

/**
 * The headings the regulation and the report templates prescribe. Reports repeat them inside the
 * text ("无政府信息公开收费及减免情况"), and they decide which sections can be paired by position
 * (see compare-sections.ts).
 */
export const STANDARD_HEADINGS: readonly string[] = [
  // The 2008 regulation's article 32 items, as the 2008-era reports word them.
  '概述',
  '主动公开政府信息情况',
  '依申请公开政府信息情况',
  '依申请公开政府信息和不予公开政府信息情况',
  '政府信息依申请公开工作情况',
  '政府信息依申请公开办理情况',
  '政府信息公开申请办理情况',
  '政府信息公开的收费及减免情况',
  '政府信息公开收费及减免情况',
  '因政府信息公开申请行政复议、提起行政诉讼的情况',
  '因政府信息公开申请提起行政复议、行政诉讼的情况',
  '政府信息公开工作存在的主要问题及改进情况',
  '政府信息公开工作存在的主要问题及改进措施',
  '存在的主要问题和改进措施',
  // The 2019 and 2021 templates' six headings.
  '总体情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
];

/** Wording every report carries whoever writes it, as printed (numbers and punctuation are normalised away like the text's). */
export const TEMPLATE_PHRASES: readonly string[] = [
  // The regulation every report is made under, cited by its name and the short name it defines.
  '《中华人民共和国政府信息公开条例》（以下简称《条例》）',
  '《中华人民共和国政府信息公开条例》',
  '《政府信息公开条例》',
  // The title of the 2021 template's notice, cited in the opening sentence of reports that follow it.
  '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》',
  // The report's own kind, in its title and first sentence.
  '政府信息公开工作年度报告',
  // The 2008-era guidance's sentence on the statistics period (its dates are removed as dates).
  '本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止',
  // The 2019 and 2021 templates' note over the applications table.
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
];

const DATES = /\d{4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,2})?|\d{4}\s*年度?(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日/g;
const ARABIC_FIGURES = /\d+([.,]\d+)*\s*[%‰]?/g;
const CHINESE_NUMERAL_RUNS = /[〇零一二三四五六七八九十百千万亿两]{2,}/g;
const NOT_A_LETTER = /[^\p{L}]/gu;

/** Steps 1–3: dates, figures, whitespace and punctuation out; letters lower-cased. */
export function lettersOnly(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DATES, '')
    .replace(ARABIC_FIGURES, '')
    .replace(CHINESE_NUMERAL_RUNS, '')
    .replace(NOT_A_LETTER, '')
    .toLowerCase();
}

/** A heading in the form headings are matched in: 2017年政务公开工作要点落实情况 and 2018年… are one heading. */
export const normaliseHeading = lettersOnly;

const standardHeadings = new Set(STANDARD_HEADINGS.map(normaliseHeading));

export const isStandardHeading = (heading: string): boolean => standardHeadings.has(normaliseHeading(heading));

const longestFirst = (phrases: Iterable<string>) => [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);

/** Steps 4–5, after the normalisation of steps 1–3 has been applied to the phrases as to the text. */
const FIXED_PHRASES = longestFirst([...TEMPLATE_PHRASES, ...STANDARD_HEADINGS].map(lettersOnly));

/** An issuer name and its short form: 临淄区人民政府 is also written 临淄区. */
export function issuerNameForms(names: readonly (string | null)[]): string[] {
  const forms = names.flatMap((name) => {
    if (!name) return [];
    const short = name.replace(/(人民政府|政府)$/, '');
    return short.length >= 2 && short !== name ? [name, short] : [name];
  });
  return longestFirst(forms.map(lettersOnly));
}

/**
 * The text with every kind of boilerplate above removed. `issuerNames` are both reports' names
 * (government and department), as `issuerNameForms` gives them.
 */
export function stripBoilerplate(text: string, issuerNames: readonly string[]): string {
  let stripped = lettersOnly(text);
  for (const phrase of [...issuerNames, ...FIXED_PHRASES]) stripped = stripped.split(phrase).join('');
  return stripped;
}
