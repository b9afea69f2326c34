import { describe, expect, it } from 'vitest';
import { parseSettings, readSettings, SETTING_NAMES, SettingsError, type SettingName } from '../../../src/lib/config/settings.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';

/** The problems `parseSettings` reports for `env`, or [] when it accepts it. */
function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseSettings(env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
}

describe('parseSettings', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(parseSettings({})).toEqual({
      siteUrl: undefined,
      basePath: '/',
      contentDir: 'content',
      locale: 'ar-LY',
      language: 'en',
      autolink: 'first',
      hijri: false,
      markdownProcessor: 'satteri',
      searchIndex: true,
      searchShardRecords: 1400,
      traceFile: undefined,
      cacheDir: undefined,
      githubAnnotations: false,
      chromiumPath: '/usr/bin/chromium',
      previousSitemap: undefined,
      dataLicense: undefined,
      cms: { repo: 'OWNER/REPOSITORY', branch: 'main', contentPath: 'content', localPort: 8081, authBaseUrl: undefined },
    });
  });

  it('treats an empty variable as unset', () => {
    const empty = Object.fromEntries(SETTING_NAMES.map((name) => [name, '']));
    expect(parseSettings(empty)).toEqual(parseSettings({}));
  });

  it('reads every variable', () => {
    expect(
      parseSettings({
        SITE_URL: 'https://marsad.example.org',
        BASE_PATH: 'marsad',
        CONTENT_DIR: '/srv/content',
        MARSAD_LOCALE: 'ar-EG',
        MARSAD_LANG: 'ar',
        MARSAD_AUTOLINK: 'all',
        MARSAD_HIJRI: 'true',
        MARSAD_MARKDOWN: 'unified',
        MARSAD_SEARCH_INDEX: 'off',
        MARSAD_SEARCH_SHARD_RECORDS: '250',
        MARSAD_TRACE: '/tmp/trace.jsonl',
        MARSAD_CACHE_DIR: '/tmp/cache',
        GITHUB_ACTIONS: 'true',
        CHROMIUM_PATH: '/opt/chromium',
        MARSAD_PREVIOUS_SITEMAP: '/tmp/previous/sitemap.xml',
        MARSAD_DATA_LICENSE: 'CC-BY-4.0',
        MARSAD_CMS_REPO: 'news/archive',
        MARSAD_CMS_BRANCH: 'trunk',
        MARSAD_CMS_CONTENT_PATH: './site/content/',
        MARSAD_CMS_LOCAL_PORT: '9123',
        MARSAD_CMS_AUTH_URL: 'https://auth.example.org',
      }),
    ).toEqual({
      siteUrl: 'https://marsad.example.org',
      basePath: '/marsad/',
      contentDir: '/srv/content',
      locale: 'ar-EG',
      language: 'ar',
      autolink: 'all',
      hijri: true,
      markdownProcessor: 'unified',
      searchIndex: false,
      searchShardRecords: 250,
      traceFile: '/tmp/trace.jsonl',
      cacheDir: '/tmp/cache',
      githubAnnotations: true,
      chromiumPath: '/opt/chromium',
      previousSitemap: '/tmp/previous/sitemap.xml',
      dataLicense: 'CC-BY-4.0',
      cms: { repo: 'news/archive', branch: 'trunk', contentPath: 'site/content', localPort: 9123, authBaseUrl: 'https://auth.example.org' },
    });
  });

  it('ignores variables that are not settings', () => {
    expect(parseSettings({ PATH: '/usr/bin', MARSAD_UNKNOWN: 'x' })).toEqual(parseSettings({}));
  });

  const invalid: Array<[SettingName, string, string]> = [
    ['SITE_URL', 'marsad.org', 'SITE_URL: "marsad.org" is not an absolute URL'],
    ['MARSAD_LOCALE', 'ar_LY!', 'MARSAD_LOCALE: "ar_LY!" is not a BCP 47 locale tag such as ar-LY or ar-EG'],
    ['MARSAD_LANG', 'fr', 'MARSAD_LANG: "fr" is not one of ar, en'],
    ['MARSAD_AUTOLINK', 'some', 'MARSAD_AUTOLINK: "some" is not one of first, all, none'],
    ['MARSAD_HIJRI', 'yes', 'MARSAD_HIJRI: "yes" is not one of true, false'],
    ['MARSAD_MARKDOWN', 'remark', 'MARSAD_MARKDOWN: "remark" is not one of satteri, unified'],
    ['MARSAD_SEARCH_INDEX', 'false', 'MARSAD_SEARCH_INDEX: "false" is not one of on, off'],
    ['GITHUB_ACTIONS', '1', 'GITHUB_ACTIONS: "1" is not one of true, false'],
    ['MARSAD_SEARCH_SHARD_RECORDS', '0', 'MARSAD_SEARCH_SHARD_RECORDS: "0" is not a whole number above 0'],
    ['MARSAD_CMS_LOCAL_PORT', 'eighty', 'MARSAD_CMS_LOCAL_PORT: "eighty" is not a port number (1–65535)'],
    ['MARSAD_CMS_LOCAL_PORT', '70000', 'MARSAD_CMS_LOCAL_PORT: "70000" is not a port number (1–65535)'],
    ['MARSAD_CMS_AUTH_URL', 'auth.example.org', 'MARSAD_CMS_AUTH_URL: "auth.example.org" is not an absolute URL'],
  ];
  it.each(invalid)('rejects %s=%s, naming the variable and the allowed values', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('covers every setting that has a closed set of values in the cases above', () => {
    const free = new Set<SettingName>([
      'MARSAD_PREVIOUS_SITEMAP',
      'MARSAD_DATA_LICENSE',
      'BASE_PATH',
      'CONTENT_DIR',
      'MARSAD_TRACE',
      'MARSAD_CACHE_DIR',
      'CHROMIUM_PATH',
      'MARSAD_CMS_REPO',
      'MARSAD_CMS_BRANCH',
      'MARSAD_CMS_CONTENT_PATH',
    ]);
    expect(new Set(invalid.map(([name]) => name))).toEqual(new Set(SETTING_NAMES.filter((name) => !free.has(name))));
  });

  it('reports every invalid variable at once, in a message that points to the documentation', () => {
    expect(() => parseSettings({ MARSAD_AUTOLINK: 'some', MARSAD_HIJRI: 'yes' })).toThrow(
      'Invalid settings in the environment (see docs/settings.md):\n  MARSAD_AUTOLINK: "some" is not one of first, all, none\n  MARSAD_HIJRI: "yes" is not one of true, false',
    );
  });
});

describe('readSettings', () => {
  it('parses again when a variable changes', () => {
    expect(readSettings({ MARSAD_AUTOLINK: 'none' }).autolink).toBe('none');
    expect(readSettings({ MARSAD_AUTOLINK: 'all' }).autolink).toBe('all');
  });

  it('follows the locale when MARSAD_LANG is unset, and notices when the locale changes', () => {
    expect(readSettings({ LANG: 'ar_LY.UTF-8' }).language).toBe('ar');
    expect(readSettings({ LANG: 'en_GB.UTF-8' }).language).toBe('en');
    expect(readSettings({ MARSAD_LANG: 'ar', LANG: 'en_GB.UTF-8' }).language).toBe('ar');
  });

  it('throws for an invalid environment however often it is asked', () => {
    expect(() => readSettings({ MARSAD_HIJRI: 'yes' })).toThrow(SettingsError);
    expect(() => readSettings({ MARSAD_HIJRI: 'yes' })).toThrow(SettingsError);
  });
});

describe('readSiteSettings', () => {
  // Every page's cache key hashes this object: a new key or another order would invalidate every cached page.
  it('holds the rendering settings only, in their old order', () => {
    expect(Object.keys(readSiteSettings({ SITE_URL: 'https://marsad.example.org' }))).toEqual([
      'siteUrl',
      'basePath',
      'locale',
      'autolink',
      'markdownProcessor',
      'hijri',
    ]);
  });
});
