import { z } from 'zod';
import { asciiDigits } from '../arabic/digits.ts';
import { schemaMessage } from '../messages/schema-messages.ts';
import { latestYear, outOfRange, type DateEra } from './date-range.ts';

/** Ids of actors and agreements: the file name without `.md`. */
export const ENTITY_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `YYYY-MM-DD` that names a day which exists (no 2020-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, because Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every date schema made here, so the editor schema (json-schema.ts) can tell them apart from plain text. */
const DATE_SCHEMAS = new WeakSet<object>();

/** Whether a schema is one of the calendar dates of this module. */
export function isDateSchema(schema: object): boolean {
  return DATE_SCHEMAS.has(schema);
}

/**
 * A calendar date, kept as the string `YYYY-MM-DD` so that pages and feeds never
 * shift a day with the build machine's time zone. Astro's YAML reader turns an
 * unquoted date into a `Date` while ours keeps the text, so both are accepted;
 * a date in Arabic-Indic or Persian digits is text to both, and is read as
 * the same day in ASCII digits.
 * With an era, the day must also fall inside its range (date-range.ts).
 */
function calendarDateSchema(era?: DateEra) {
  const schema = z
    .union([z.string(), z.date()], { error: schemaMessage('not-a-date', { value: undefined }) })
    .transform((value, ctx) => {
      // Arabic-Indic and Persian digits are what an Arabic keyboard types; the day is kept in ASCII digits, like any other.
      const text = value instanceof Date ? toIsoDay(value) : asciiDigits(value.trim());
      if (text === null || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: schemaMessage('not-a-date', { value: String(value) }) });
        return z.NEVER;
      }
      if (!isCalendarDate(text)) {
        ctx.addIssue({ code: 'custom', message: schemaMessage('no-such-day', { day: text }) });
        return z.NEVER;
      }
      // The clock is read at each check, so a long-running dev server moves with the year.
      const outside = era === undefined ? undefined : outOfRange(text, era, latestYear());
      if (outside !== undefined) {
        ctx.addIssue({ code: 'custom', message: outside });
        return z.NEVER;
      }
      return text;
    });
  DATE_SCHEMAS.add(schema);
  return schema;
}

/** Any day of the calendar: for alias windows, which only compare days and where an open end such as 9999-12-31 is harmless. */
export const calendarDate = calendarDateSchema();

/** A day the archive itself records: an article's date or update, its source's date (from 1900). */
export const recordDate = calendarDateSchema('record');

/** A day of history an entity carries: born, founded, dissolved, signed (from 1500). */
export const historyDate = calendarDateSchema('history');

function toIsoDay(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** A reference to an actor or agreement by its id. */
const entityId = z
  .string({ error: schemaMessage('bad-id') })
  .regex(ENTITY_ID_PATTERN, { error: schemaMessage('bad-id') });

/** A list of entity ids; one id written alone is a mistake worth naming. */
export const entityIdList = z.array(entityId, { error: schemaMessage('not-a-list', { example: '[qatar, turkey]' }) }).default([]);

/** Text a person reads: never empty. */
export const text = (what: string) =>
  z.string({ error: schemaMessage('not-text', { what }) }).trim().min(1, { error: schemaMessage('empty-text', { what }) });

/** A list of names or labels. */
export const textList = (what: string) =>
  z.array(text(what), { error: schemaMessage('not-a-list', { example: `[${what === 'alias' ? 'حفتر' : 'ليبيا'}]` }) }).default([]);

/** An absolute http(s) address. */
export const httpUrl = z
  .string({ error: schemaMessage('bad-url') })
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), { error: schemaMessage('bad-url') });

/** A Wikidata item: `Q` followed by digits. */
const WIKIDATA_HINT = schemaMessage('bad-wikidata-id');
export const wikidataId = z.string({ error: WIKIDATA_HINT }).regex(/^Q[1-9]\d*$/, { error: WIKIDATA_HINT });

/** An identifier in the PA-X peace agreements database; YAML may read a bare number. */
export const paxId = z
  .union([z.string().trim().min(1), z.number().int().nonnegative()], { error: schemaMessage('bad-pax-id') })
  .transform(String);
