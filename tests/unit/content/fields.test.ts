import { describe, expect, it } from 'vitest';
import { calendarDate, ENTITY_ID_PATTERN, httpUrl, isCalendarDate, paxId, wikidataId } from '../../../src/lib/content/fields.ts';

describe('calendar dates', () => {
  it('accepts real days, including 29 February of a leap year', () => {
    expect(isCalendarDate('2020-10-26')).toBe(true);
    expect(isCalendarDate('2020-02-29')).toBe(true);
  });
  it('refuses days the calendar does not have', () => {
    for (const day of ['2020-02-30', '2019-02-29', '2021-04-31', '2020-13-01', '2020-00-10']) expect(isCalendarDate(day), day).toBe(false);
  });
  it('refuses other shapes', () => {
    for (const text of ['26-10-2020', '2020/10/26', '2020-1-5', 'أمس']) expect(calendarDate.safeParse(text).success, text).toBe(false);
  });
  it('keeps dates as YYYY-MM-DD whether YAML gave text or a Date', () => {
    expect(calendarDate.parse('2020-10-26')).toBe('2020-10-26');
    expect(calendarDate.parse(new Date(Date.UTC(2020, 9, 26)))).toBe('2020-10-26');
  });
  it('explains an impossible day', () => {
    const result = calendarDate.safeParse('2020-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not a day of the calendar/);
  });
});

describe('identifiers', () => {
  it('entity ids are lower-case Latin words joined by single hyphens', () => {
    for (const id of ['qatar', 'khalifa-haftar', 'unsc-resolution-2259']) expect(ENTITY_ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['Qatar', 'khalifa_haftar', '-qatar', 'qatar-', 'a--b', 'قطر', '../etc']) expect(ENTITY_ID_PATTERN.test(id), id).toBe(false);
  });
  it('Wikidata ids are Q and digits', () => {
    expect(wikidataId.safeParse('Q1016').success).toBe(true);
    expect(wikidataId.safeParse('1016').success).toBe(false);
    expect(wikidataId.safeParse('Q01').success).toBe(false);
  });
  it('PA-X ids read as text even when YAML reads a number', () => {
    expect(paxId.parse(2320)).toBe('2320');
    expect(paxId.parse('ARM_912')).toBe('ARM_912');
  });
  it('web addresses must be http(s)', () => {
    expect(httpUrl.safeParse('https://pax.peaceagreements.org/agreements/2320').success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'www.example.org', 'https://']) expect(httpUrl.safeParse(url).success, url).toBe(false);
  });
});

describe('friendly type errors', () => {
  it('a Wikidata id written as a bare number says what to write', () => {
    expect(wikidataId.safeParse(846).error?.issues[0]?.message).toBe('a Wikidata id is Q followed by digits: write it like Q1016');
  });
});
