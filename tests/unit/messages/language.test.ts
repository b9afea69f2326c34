import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../src/lib/config/settings.ts';
import { messageLanguage } from '../../../src/lib/messages/language.ts';

describe('the language of the messages', () => {
  it('is MARSAD_LANG when it names one', () => {
    expect(messageLanguage({ MARSAD_LANG: 'ar', LANG: 'en_US.UTF-8' })).toBe('ar');
    expect(messageLanguage({ MARSAD_LANG: 'en', LANG: 'ar_LY.UTF-8' })).toBe('en');
    expect(messageLanguage({ MARSAD_LANG: 'AR' })).toBe('ar');
    expect(messageLanguage({ MARSAD_LANG: 'ar_EG.UTF-8' })).toBe('ar');
  });
  it('otherwise follows the locale, in POSIX order: LC_ALL, LC_MESSAGES, LANG', () => {
    expect(messageLanguage({ LANG: 'ar_LY.UTF-8' })).toBe('ar');
    expect(messageLanguage({ LC_MESSAGES: 'ar_SA', LANG: 'en_US' })).toBe('ar');
    expect(messageLanguage({ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'ar_SA', LANG: 'ar_LY' })).toBe('en');
    expect(messageLanguage({ LC_ALL: '', LANG: 'ar' })).toBe('ar');
  });
  it('is English for any other locale, and for none', () => {
    expect(messageLanguage({})).toBe('en');
    expect(messageLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    // "arm" is not Arabic: the tag must end after "ar".
    expect(messageLanguage({ LANG: 'arn_CL' })).toBe('en');
  });
  it('refuses a MARSAD_LANG it does not know, as the settings module refuses any mistyped setting', () => {
    expect(() => messageLanguage({ MARSAD_LANG: 'fr', LANG: 'ar_LY.UTF-8' })).toThrow(/MARSAD_LANG: "fr" is not one of ar, en/);
    expect(() => messageLanguage({ MARSAD_LANG: 'arn' })).toThrow(SettingsError);
  });
  it('takes an empty MARSAD_LANG as unset', () => {
    expect(messageLanguage({ MARSAD_LANG: '', LANG: 'ar_LY.UTF-8' })).toBe('ar');
  });
});
