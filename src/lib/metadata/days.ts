/** Which day a page last changed, from the `YYYY-MM-DD` days of the content (they sort as text). */

/** The latest of some days, or undefined when there are none. */
export function newestDay(days: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const day of days) if (day !== undefined && (newest === undefined || day > newest)) newest = day;
  return newest;
}

/**
 * The day an article last changed: the latest of its publication day, its
 * `updated` day and its corrections' days. A correction is a change, so an
 * article without `updated` still tells feeds and search engines about it;
 * one whose `updated` is older than a correction is refused by the check.
 */
export function lastChanged(data: {
  date: string;
  updated?: string | undefined;
  corrections?: ReadonlyArray<{ date: string }> | undefined;
}): string {
  return newestDay([data.date, data.updated, ...(data.corrections ?? []).map((correction) => correction.date)]) ?? data.date;
}
