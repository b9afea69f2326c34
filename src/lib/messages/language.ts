/**
 * Which language `npm run check` speaks: `MARSAD_LANG=ar|en`, else the
 * locale. This is the one place the messages read the environment, so that
 * the settings module (src/lib/config/) can take it over in one move.
 */

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * `MARSAD_LANG` when it names a language we write (`ar`, `en`, also `ar_LY`,
 * `en-GB`); otherwise the first locale variable set, in POSIX order of
 * precedence (LC_ALL, LC_MESSAGES, LANG): Arabic when it starts with `ar`,
 * English for anything else, since English is the one other language every
 * message has. An unknown MARSAD_LANG (`fr`) falls back to the locale rather
 * than stopping the check: a contributor still gets every problem.
 */
export function messageLanguage(env: Readonly<Record<string, string | undefined>> = process.env): Language {
  const chosen = languageOf(env['MARSAD_LANG']);
  if (chosen !== undefined) return chosen;
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return languageOf(locale) === 'ar' ? 'ar' : 'en';
}

function languageOf(value: string | undefined): Language | undefined {
  const tag = value?.trim().toLowerCase() ?? '';
  return LANGUAGES.find((language) => tag === language || new RegExp(`^${language}[_.@-]`).test(tag));
}
