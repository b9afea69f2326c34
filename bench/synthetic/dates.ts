/** Calendar days drawn from a seeded stream, as `YYYY-MM-DD`. */
import type { Rng } from './rng.ts';

const DAY_MS = 86_400_000;

/** A day between 1 January of `fromYear` and 31 December of `toYear`, uniformly. */
export function randomDay(rng: Rng, fromYear: number, toYear: number): string {
  const first = Date.UTC(fromYear, 0, 1);
  const days = Math.round((Date.UTC(toYear, 11, 31) - first) / DAY_MS);
  return new Date(first + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** The day `count` days after `day`. */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}
