/** Which day a page last changed, from the `YYYY-MM-DD` days of the content (they sort as text). */

/** The latest of some days, or undefined when there are none. */
export function newestDay(days: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const day of days) if (day !== undefined && (newest === undefined || day > newest)) newest = day;
  return newest;
}

/** The day an article last changed: its `updated` day, or its publication day (whichever is later, should `updated` be mistyped). */
export function lastChanged(data: { date: string; updated?: string | undefined }): string {
  return newestDay([data.date, data.updated]) ?? data.date;
}
