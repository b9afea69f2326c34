import { describe, expect, it } from 'vitest';
import { formatDate, formatHijriDate } from '../../../src/lib/format/dates.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';

describe('dates for Arabic readers', () => {
  it('ar-LY writes Western digits, ar-EG Arabic-Indic ones', () => {
    expect(formatDate('2020-10-26', 'ar-LY')).toMatch(/^26 .+ 2020$/);
    expect(formatDate('2020-10-26', 'ar-EG')).toMatch(/^٢٦ .+ ٢٠٢٠$/);
  });
  it('never shifts a day with the time zone', () => {
    expect(formatDate('2020-01-01', 'en-GB')).toBe('1 January 2020');
  });
  it('gives the Umm al-Qura Hijri date', () => {
    expect(formatHijriDate('2020-10-26', 'ar-LY')).toMatch(/1442/);
  });
  it('reads the locale and the Hijri option from the environment', () => {
    expect(readSiteSettings({}).locale).toBe('ar-LY');
    expect(readSiteSettings({}).hijri).toBe(false);
    expect(readSiteSettings({ MARSAD_LOCALE: 'ar-EG', MARSAD_HIJRI: 'true' })).toMatchObject({ locale: 'ar-EG', hijri: true });
  });
});
