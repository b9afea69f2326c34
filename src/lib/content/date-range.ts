/**
 * The days a date field may hold. A date outside them is almost always a typo
 * (9999 for a placeholder, 0202 or 1020 for 2020, 2200 for 2020), and a typo
 * must stop at `npm run check` with a message rather than reach the pages.
 * (The pages no longer depend on it: charts, the timeline and the feeds cost
 * what their items cost, whatever the span of their dates; see
 * src/lib/charts/months.ts. The range is about catching mistakes.)
 *
 * - Record dates (an article's `date` and `updated`, its source's `date`)
 *   start in 1900: they are the archive's own reporting and the reports it
 *   cites; an earlier year in a news archive is a slipped digit.
 * - History dates (`born`, `founded`, `dissolved`, `signed`) start in 1500:
 *   entity pages legitimately reach back centuries (the Karamanli dynasty of
 *   Tripoli, 1711; the Treaty of Tripoli, 1796), while 0202 or 1020 is still
 *   refused.
 * - Every date ends on 31 December of next year: nothing in the archive has
 *   happened later than that, a margin of a year leaves room for scheduled
 *   drafts and for time zones, and since the bound only moves forward, content
 *   that passes today never fails later. (A near-future article date is still a
 *   warning: src/lib/check/articles.ts.)
 *
 * The range is fixed in code rather than read from settings so that every
 * build of the same files agrees, and a setting cannot reopen the typos.
 */

import { schemaMessage } from '../messages/schema-messages.ts';

/** Which range a date field uses. */
export type DateEra = 'record' | 'history';

/** First year each era accepts. */
export const EARLIEST_YEAR: Readonly<Record<DateEra, number>> = { record: 1900, history: 1500 };

/** The last year any date may name: next year, by the clock of the machine that checks. */
export function latestYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/** The first and last day of an era, `YYYY-MM-DD`. */
export function dateRange(era: DateEra, lastYear: number = latestYear()): { first: string; last: string } {
  return { first: `${pad4(EARLIEST_YEAR[era])}-01-01`, last: `${pad4(lastYear)}-12-31` };
}

/**
 * Why a calendar day (`YYYY-MM-DD`, already known to exist) is outside its
 * era, for the contributor (a schema message, said again in the run's
 * language by validate.ts); undefined when it is inside.
 */
export function outOfRange(day: string, era: DateEra, lastYear: number = latestYear()): string | undefined {
  const { first, last } = dateRange(era, lastYear);
  const span = { day, first: EARLIEST_YEAR[era], last: lastYear, era };
  // Days of the form YYYY-MM-DD sort as text in calendar order.
  if (day < first) return schemaMessage('date-too-early', span);
  if (day > last) return schemaMessage('date-too-late', span);
  return undefined;
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}
