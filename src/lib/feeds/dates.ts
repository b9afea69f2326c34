/** Dates as RSS writes them, from the `YYYY-MM-DD` days of the content. */

/**
 * RFC 822 date-time (with a four-digit year, as RSS 2.0 readers expect) of a
 * day at 00:00 UTC: `Mon, 26 Oct 2020 00:00:00 GMT`. Fixing the hour and zone
 * keeps the feed identical whatever machine builds it.
 */
export function rfc822(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return date.toUTCString();
}
