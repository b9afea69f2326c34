/** Which way a label runs, decided by its first strong character as the Unicode bidi algorithm does. */

const RTL_STRONG = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LTR_STRONG = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/** `rtl` for Arabic (and Hebrew) text, `ltr` for Latin, Greek or Cyrillic; text with neither follows the Arabic page. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  for (const char of text) {
    if (RTL_STRONG.test(char)) return 'rtl';
    if (LTR_STRONG.test(char)) return 'ltr';
  }
  return 'rtl';
}
