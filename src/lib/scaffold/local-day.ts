/**
 * Today as `YYYY-MM-DD` in the contributor's own time zone: an article
 * written late in the evening in Tripoli is dated that evening's day, not
 * UTC's.
 */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
