/**
 * Extreme dates in every date field, years 0001–9999 and days the calendar
 * may lack: the check never throws, and answers exactly as the range says,
 * an error at the value's `path:line:col` when the day is impossible or out
 * of range, no error when it is inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestYear, outOfRange } from '../../../src/lib/content/date-range.ts';
import { isCalendarDate } from '../../../src/lib/content/fields.ts';
import { checkDate, DATE_FIELDS } from '../../helpers/date-fields.ts';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Any year, with the edges of the ranges and of the calendar weighted in. */
const year = fc.oneof(
  fc.integer({ min: 1, max: 9999 }),
  fc.constantFrom(1, 99, 100, 1499, 1500, 1899, 1900, latestYear(), latestYear() + 1, 9999),
);
const day = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((parts) => `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`);

describe('extreme dates in every date field', () => {
  it('the check never throws, and errors exactly when the day is impossible or out of range, at the value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATE_FIELDS), day, (field, text) => {
        const lines = checkDate(field, text);
        const errors = lines.filter((line) => line.includes(': error: '));
        const wrong = !isCalendarDate(text) || outOfRange(text, field.era) !== undefined;
        if (!wrong) {
          expect(errors).toEqual([]);
          return;
        }
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(
          new RegExp(
            `^${field.file.replace(/[./]/g, '\\$&')}:${field.line}:${field.column}: error: \`${field.field.replace('.', '\\.')}\`: `,
          ),
        );
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
