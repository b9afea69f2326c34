/** Arabic has six plural categories; each counted phrase names all it needs. */
import { numberFormat } from './intl.ts';

export type PluralForms = Record<Intl.LDMLPluralRule, (count: string) => string>;

const rules = new Intl.PluralRules('ar');

export function plural(count: number, forms: PluralForms, locale: string): string {
  return forms[rules.select(count)](numberFormat(locale).format(count));
}

/** «ذُكر مرة واحدة»، «مرتين»، «3 مرات»، «11 مرة» */
export const TIMES: PluralForms = {
  zero: () => 'لم يُذكر في النص',
  one: () => 'مرة واحدة',
  two: () => 'مرتين',
  few: (n) => `${n} مرات`,
  many: (n) => `${n} مرة`,
  other: (n) => `${n} مرة`,
};

/** «خبر واحد»، «خبران»، «3 أخبار»، «11 خبرًا» */
export const ARTICLES: PluralForms = {
  zero: () => 'لا أخبار',
  one: () => 'خبر واحد',
  two: () => 'خبران',
  few: (n) => `${n} أخبار`,
  many: (n) => `${n} خبرًا`,
  other: (n) => `${n} خبر`,
};

/** «لا نتائج»، «نتيجة واحدة»، «نتيجتان»، «3 نتائج»، «11 نتيجة» */
export const RESULTS: PluralForms = {
  zero: () => 'لا نتائج',
  one: () => 'نتيجة واحدة',
  two: () => 'نتيجتان',
  few: (n) => `${n} نتائج`,
  many: (n) => `${n} نتيجة`,
  other: (n) => `${n} نتيجة`,
};
