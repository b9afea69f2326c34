/**
 * The languages Marsad's messages are written in, and how a language is told
 * from what a contributor's machine says: `MARSAD_LANG` (settings.ts) or the
 * locale. Kept apart from the settings schema so the message catalogue
 * (src/lib/messages/) can name the languages without reading settings.
 */

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale variables, in POSIX order of precedence: the first set wins. */
export const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language a tag names: `ar`, `en`, and locale-shaped tags such as
 * `ar_LY.UTF-8` or `en-GB`, in any case; undefined for anything else
 * (`arn_CL` is Mapudungun, not Arabic: the tag must end after the language).
 */
export function languageOf(value: string | undefined): Language | undefined {
  const tag = value?.trim().toLowerCase() ?? '';
  return LANGUAGES.find((language) => tag === language || new RegExp(`^${language}[_.@-]`).test(tag));
}

/**
 * The language of the first locale variable set: Arabic when it is an Arabic
 * locale, English for anything else, since English is the one other language
 * every message has.
 */
export function localeLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  return languageOf(locale) === 'ar' ? 'ar' : 'en';
}
