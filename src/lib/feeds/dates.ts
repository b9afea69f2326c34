/** Dates as feeds and sitemaps write them, from the `YYYY-MM-DD` days of the content. */

/**
 * RFC 822 date-time (with a four-digit year, as RSS 2.0 readers expect) of a
 * day at 00:00 UTC: `Mon, 26 Oct 2020 00:00:00 GMT`. Fixing the hour and zone
 * keeps the feed identical whatever machine builds it.
 */
export function rfc822(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return date.toUTCString();
}

/** The latest of some `YYYY-MM-DD` days (they sort as text), or undefined when there are none. */
export function newestDay(days: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const day of days) if (day !== undefined && (newest === undefined || day > newest)) newest = day;
  return newest;
}

/** The day an article last changed: its `updated` day, or its publication day (whichever is later, should `updated` be mistyped). */
export function lastChanged(data: { date: string; updated?: string | undefined }): string {
  return newestDay([data.date, data.updated]) ?? data.date;
}
