/** Words several families of statement share. Plain regular expressions without nested repetition. */

/** Verbs of publishing: 公开, 发布, 公布 … (公示 and 推送 included: 14条农业机械购置补贴公示情况). */
export const PUBLISH = /公开|发布|公布|公示|推送|推出|发送|编发|刊发|更新/;

/** Units of counted items of information (条 of information, 件 of documents, 篇 of articles). */
export const ITEM_UNITS: ReadonlySet<string> = new Set(['条', '件', '篇']);

export const isTemplate = (family: string): boolean => family === 'TEMPLATE_2019' || family === 'TEMPLATE_2021';

/** The words right after the number, up to the next 、 (the noun a number-first phrase counts: 380条财政资金信息). */
export const nounAfter = (right: string): string => {
  const stop = right.search(/[、，,；;：:。]/);
  return stop < 0 ? right : right.slice(0, stop);
};
