/** Shared Intl formatters: one per locale and options, formatting as a fresh one would. */
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../src/lib/format/intl.ts';

describe('numberFormat and dateTimeFormat', () => {
  it('return the same formatter for the same locale and options, another for others', () => {
    expect(numberFormat('ar-LY')).toBe(numberFormat('ar-LY'));
    expect(numberFormat('ar-EG')).not.toBe(numberFormat('ar-LY'));
    expect(numberFormat('ar-LY', { useGrouping: false })).not.toBe(numberFormat('ar-LY'));
    expect(dateTimeFormat('ar-LY', { month: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('ar-LY', { month: 'long', timeZone: 'UTC' }));
  });

  it('format as Intl does', () => {
    expect(numberFormat('ar-EG').format(1234)).toBe(new Intl.NumberFormat('ar-EG').format(1234));
    expect(numberFormat('ar-LY', { useGrouping: false }).format(2020)).toBe('2020');
    expect(dateTimeFormat('ar-LY', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 9, 1))).toBe('أكتوبر');
  });
});
