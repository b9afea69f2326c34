/**
 * Which language `npm run check` speaks: the `MARSAD_LANG` setting, else the
 * locale, as the settings module reads and validates them
 * (src/lib/config/settings.ts, docs/settings.md).
 */
import { readSettings } from '../config/settings.ts';
import type { Language } from '../config/language.ts';

export { LANGUAGES, type Language } from '../config/language.ts';

/**
 * `MARSAD_LANG` when set (`ar`, `en`, also `ar_LY`, `en-GB`); otherwise the
 * first locale variable set (LC_ALL, LC_MESSAGES, LANG): Arabic when it
 * starts with `ar`, English for anything else. An unknown MARSAD_LANG (`fr`)
 * is refused with the other invalid settings, so a typo is not silently
 * ignored.
 */
export function messageLanguage(env: Readonly<Record<string, string | undefined>> = process.env): Language {
  return readSettings(env).language;
}
