/** The writing direction of an article's language. */
export function directionOf(lang: 'ar' | 'en'): 'rtl' | 'ltr' {
  return lang === 'en' ? 'ltr' : 'rtl';
}
