/** Dates as Arabic readers expect them, computed in UTC so a build machine's zone never shifts a day. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, calendar?: string): Intl.DateTimeFormat {
  const key = `${locale}|${calendar ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(calendar ? `${locale}-u-ca-${calendar}` : locale, { dateStyle: 'long', timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** `2020-10-26` → `26 أكتوبر 2020` (ar-LY). */
export function formatDate(isoDay: string, locale: string): string {
  return formatter(locale).format(new Date(`${isoDay}T00:00:00Z`));
}

/** The same day in the Umm al-Qura Hijri calendar. */
export function formatHijriDate(isoDay: string, locale: string): string {
  return formatter(locale, 'islamic-umalqura').format(new Date(`${isoDay}T00:00:00Z`));
}
