/**
 * Every setting Marsad reads from the environment, in one zod schema that
 * parses and validates it, so that a mistyped value stops the command with
 * the variable's name and the values it accepts instead of silently falling
 * back to a default. The table of docs/settings.md is rendered from the
 * schema's metadata (settings-doc.ts; `npm run settings:doc`).
 *
 * An empty variable counts as unset: CI files and `VAR= npm run …` use it to
 * mean "no value".
 */
import path from 'node:path';
import { z } from 'zod';
import { languageOf, localeLanguage, LOCALE_VARIABLES, type Language } from './language.ts';

/** What docs/settings.md says about a setting (its row of the table). */
export interface SettingDoc {
  description: string;
  allowed: string;
  default: string;
}

const blank = (value: unknown): unknown => (value === '' ? undefined : value);
const shown = (value: unknown): string => JSON.stringify(value);

/** One of a fixed list of words; anything else is rejected with the list. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], description: string) {
  return z
    .preprocess(blank, z.enum(values, { error: (issue) => `${shown(issue.input)} is not one of ${values.join(', ')}` }).default(fallback))
    .meta({ description, allowed: values.join(', '), default: fallback } satisfies SettingDoc);
}

/** Any text, `fallback` when unset. */
function text(description: string, allowed: string, fallback: string) {
  return z.preprocess(blank, z.string().default(fallback)).meta({ description, allowed, default: fallback } satisfies SettingDoc);
}

/** Any text, undefined when unset; `whenUnset` says what that means. */
function optionalText(description: string, allowed: string, whenUnset: string) {
  return z.preprocess(blank, z.string().optional()).meta({ description, allowed, default: whenUnset } satisfies SettingDoc);
}

/** An absolute URL, undefined when unset; `whenUnset` says what that means. */
function optionalUrl(description: string, allowed: string, whenUnset: string) {
  return z
    .preprocess(
      blank,
      z
        .string()
        .refine(isAbsoluteUrl, { error: (issue) => `${shown(issue.input)} is not an absolute URL` })
        .optional(),
    )
    .meta({ description, allowed, default: whenUnset } satisfies SettingDoc);
}

function isAbsoluteUrl(value: string): boolean {
  return URL.canParse(value);
}

function isPort(value: string): boolean {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535;
}

/**
 * Pages per search-index shard. Pagefind holds about 0.5 MB per record while
 * it writes a shard (2,557 MB for 5,000 at 10,000 articles, 1,078 MB for
 * 2,000, 708 MB for 1,400: `npm run bench:search:shard`), beside the build's
 * own 2.1–2.2 GB: at 1,400 the whole 10,000-article build peaked at 2.95 GB,
 * at 1,600 at 3.13 GB, at 2,000 at 3.29 GB. Each shard also adds its meta
 * file and a chunk of index to a reader's first search (README, Large
 * archives), and a one-article edit re-indexes a whole shard.
 */
const SEARCH_SHARD_RECORDS = 1_400;

/** decap-server's own default port. */
const DECAP_SERVER_PORT = 8081;

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const settingsSchema = z.object({
  /**
   * The deployed origin, e.g. `https://marsad.example.org`: feeds, the sitemap,
   * canonical URLs and JSON-LD need absolute URLs. Unset builds relative URLs only.
   */
  SITE_URL: optionalUrl(
    'deployed origin; enables canonical URLs, and absolute URLs in feeds, the sitemap and JSON-LD',
    'an absolute URL, e.g. https://marsad.example.org',
    'none (relative URLs only)',
  ),
  /** The folder the site is served from (`marsad` for `https://user.github.io/marsad/`); slashes are added. Default `/`. */
  BASE_PATH: text(
    'path the site is served under; every internal link honours it, and slashes are optional',
    'a path, e.g. marsad or /marsad/',
    '/',
  ),
  /** The content root: absolute, or relative to the working directory. Default `content`. */
  CONTENT_DIR: text('content root for every command', 'a folder, absolute or relative to the working directory', 'content'),
  /** Locale for numbers and dates: `ar-LY` (default) gives Western digits, `ar-EG` Arabic-Indic. */
  MARSAD_LOCALE: z
    .preprocess(
      blank,
      z
        .string()
        .refine(isLocale, { error: (issue) => `${shown(issue.input)} is not a BCP 47 locale tag such as ar-LY or ar-EG` })
        .default('ar-LY'),
    )
    .meta({
      description: 'locale of dates and numbers (ar-LY gives Western digits, ar-EG Arabic-Indic)',
      allowed: 'a BCP 47 locale tag, e.g. ar-LY, ar-EG',
      default: 'ar-LY',
    } satisfies SettingDoc),
  /**
   * The language of messages (`npm run check`, `new`, the build's content
   * errors): `ar` or `en`; a locale-shaped value such as `ar_LY.UTF-8` names
   * its language. Unset: Arabic when the locale (LC_ALL, then LC_MESSAGES,
   * then LANG) is Arabic, English otherwise. Anything else is refused like
   * any mistyped setting, rather than silently ignored.
   */
  MARSAD_LANG: z
    .preprocess(
      blank,
      z
        .string()
        .refine((value) => languageOf(value) !== undefined, { error: (issue) => `${shown(issue.input)} is not one of ar, en` })
        .optional(),
    )
    .meta({
      description: 'language of the messages of npm run check, new and the build (a locale such as ar_LY.UTF-8 also names its language)',
      allowed: 'ar, en',
      default: 'from the locale: ar when LC_ALL, LC_MESSAGES or LANG (the first set) is Arabic, else en',
    } satisfies SettingDoc),
  /** Which mentions in a text become links: `first` of each entity (default), `all`, or `none`. */
  MARSAD_AUTOLINK: oneOf(['first', 'all', 'none'], 'first', 'which mentions become links: the first of each entity per text, all, or none'),
  /** `true` shows the Umm al-Qura Hijri date beside each Gregorian one. Default `false`. */
  MARSAD_HIJRI: oneOf(['true', 'false'], 'false', 'true shows the Umm al-Qura Hijri date beside each Gregorian date'),
  /** Astro's Markdown processor: `satteri` (default, measured 5× faster with the linker) or `unified`, for sites that add remark plugins. */
  MARSAD_MARKDOWN: oneOf(
    ['satteri', 'unified'],
    'satteri',
    "Astro's Markdown processor: satteri (measured 5× faster with the linker) or unified (for sites that add remark plugins); both link the same way",
  ),
  /** `off` skips the Pagefind index (the bench's `--no-search`); /search/ then finds nothing. Default `on`. */
  MARSAD_SEARCH_INDEX: oneOf(['on', 'off'], 'on', 'off skips the Pagefind index (a quicker preview build; search then finds nothing)'),
  /** The most pages one search-index shard holds; a site with more gets a split index, merged in the browser. Default 1,400. */
  MARSAD_SEARCH_SHARD_RECORDS: z
    .preprocess(
      blank,
      z
        .string()
        .refine((value) => /^[1-9]\d{0,8}$/.test(value), { error: (issue) => `${shown(issue.input)} is not a whole number above 0` })
        .transform(Number)
        .optional(),
    )
    .meta({
      description: 'most pages per search-index shard; a site with more gets a split index, merged in the browser',
      allowed: 'a whole number above 0',
      default: String(SEARCH_SHARD_RECORDS),
    } satisfies SettingDoc),
  /** A file the build appends its stage marks to, for `npm run bench`. Unset: no marks. */
  MARSAD_TRACE: optionalText('a file to which the build appends its stage marks; npm run bench sets it', 'a file path', 'none'),
  /** Astro's cache folder; the bench keeps one per corpus. Unset: Astro's default (node_modules/.astro). */
  MARSAD_CACHE_DIR: optionalText(
    "Astro's cache: the content store and the previous build's pages, which incremental builds reuse",
    'a folder',
    'node_modules/.astro',
  ),
  /** The GitHub repository the web editor (/admin/) saves to, `owner/name`. The placeholder fails visibly at login rather than guessing. */
  MARSAD_CMS_REPO: text('GitHub repository the web editor at /admin/ opens pull requests on', 'owner/name', 'OWNER/REPOSITORY'),
  /** The branch the web editor's pull requests target and publish to. */
  MARSAD_CMS_BRANCH: text("branch the web editor's pull requests target", 'a branch name', 'main'),
  /** The repository path of the content root, as the web editor writes files there. */
  MARSAD_CMS_CONTENT_PATH: text(
    'repository path of the content root, where the web editor writes files',
    'a path inside the repository',
    'content',
  ),
  /** Port of `npx decap-server`, the web editor's local backend on a contributor's machine. */
  MARSAD_CMS_LOCAL_PORT: z
    .preprocess(
      blank,
      z
        .string()
        .refine(isPort, { error: (issue) => `${shown(issue.input)} is not a port number (1–65535)` })
        .transform(Number)
        .optional(),
    )
    .meta({
      description: "port of decap-server, the web editor's local backend",
      allowed: 'a port number, 1–65535',
      default: String(DECAP_SERVER_PORT),
    } satisfies SettingDoc),
  /** Origin of a Decap-compatible GitHub OAuth provider for the web editor's login. Unset: Decap's default. */
  MARSAD_CMS_AUTH_URL: optionalUrl(
    "origin of a Decap-compatible GitHub OAuth provider for the web editor's login",
    'an absolute URL',
    "Decap's default",
  ),
  /** Set to `true` by GitHub Actions: problems are also printed as workflow annotations. */
  GITHUB_ACTIONS: oneOf(
    ['true', 'false'],
    'false',
    'set by GitHub Actions: content and link problems are also printed as workflow annotations',
  ),
  /**
   * The previous build's URLs for `npm run verify`, when `--against` is not given: a local sitemap.xml
   * (a sitemap index with its parts beside it) or a list of URLs. CI downloads the deployed site's sitemap
   * into a file and sets this (.github/workflows/ci.yml). Unset: no comparison.
   */
  MARSAD_PREVIOUS_SITEMAP: optionalText(
    "the previous build's URLs that npm run verify requires to exist or redirect (as --against does); CI fetches the deployed sitemap to this file",
    'a file: sitemap.xml, a sitemap index with its parts beside it, or one URL or path per line',
    'none (no comparison)',
  ),
  /** The licence of the open data, as /data/README.md and every export name it. Unset: the README says the owner has not chosen one. */
  MARSAD_DATA_LICENSE: optionalText(
    'licence of the open data in /data/, named in its README and in every export',
    'a licence name or SPDX id, e.g. CC-BY-4.0',
    'none (the README says no licence is set)',
  ),
  /** The Chromium `npm run lighthouse` drives. Default `/usr/bin/chromium`. */
  CHROMIUM_PATH: text('browser npm run lighthouse drives (the end-to-end tests read it too)', 'an executable path', '/usr/bin/chromium'),
});

/** The names of the environment variables Marsad reads. */
export type SettingName = keyof typeof settingsSchema.shape;
export const SETTING_NAMES = Object.keys(settingsSchema.shape) as SettingName[];

/** The settings, by what they do rather than by variable name. */
export interface Settings {
  /** SITE_URL. */
  siteUrl: string | undefined;
  /** BASE_PATH, always with a leading and a trailing slash. */
  basePath: string;
  /** CONTENT_DIR as given (see `resolveContentRoot`). */
  contentDir: string;
  /** MARSAD_LOCALE. */
  locale: string;
  /** MARSAD_LANG, or the locale's language when unset. */
  language: Language;
  /** MARSAD_AUTOLINK. */
  autolink: 'first' | 'all' | 'none';
  /** MARSAD_HIJRI. */
  hijri: boolean;
  /** MARSAD_MARKDOWN. */
  markdownProcessor: 'satteri' | 'unified';
  /** MARSAD_SEARCH_INDEX is not `off`. */
  searchIndex: boolean;
  /** MARSAD_SEARCH_SHARD_RECORDS. */
  searchShardRecords: number;
  /** MARSAD_TRACE. */
  traceFile: string | undefined;
  /** MARSAD_CACHE_DIR. */
  cacheDir: string | undefined;
  /** GITHUB_ACTIONS is `true`. */
  githubAnnotations: boolean;
  /** CHROMIUM_PATH. */
  chromiumPath: string;
  /** MARSAD_PREVIOUS_SITEMAP. */
  previousSitemap: string | undefined;
  /** MARSAD_DATA_LICENSE. */
  dataLicense: string | undefined;
  /** MARSAD_CMS_*: where the web editor at /admin/ saves. */
  cms: {
    /** MARSAD_CMS_REPO: the GitHub repository that holds the content, `owner/name`. */
    repo: string;
    /** MARSAD_CMS_BRANCH: the branch pull requests are opened against and published to. */
    branch: string;
    /** MARSAD_CMS_CONTENT_PATH without leading `./` or slashes: the folder holding articles/, actors/, agreements/. */
    contentPath: string;
    /** MARSAD_CMS_LOCAL_PORT: port of `npx decap-server` on the contributor's machine. */
    localPort: number;
    /** MARSAD_CMS_AUTH_URL: where the GitHub OAuth handshake runs; undefined uses Decap's default. */
    authBaseUrl: string | undefined;
  };
}

/** Thrown for an invalid environment; `problems` holds one `NAME: reason` line per variable. */
export class SettingsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid settings in the environment (see docs/settings.md):\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.problems = problems;
    this.name = 'SettingsError';
  }
}

export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Parses and validates `env`; throws a `SettingsError` naming every invalid variable. */
export function parseSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  const result = settingsSchema.safeParse(env);
  if (!result.success) throw new SettingsError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const values = result.data;
  return {
    siteUrl: values.SITE_URL,
    basePath: normalizeBasePath(values.BASE_PATH),
    contentDir: values.CONTENT_DIR,
    locale: values.MARSAD_LOCALE,
    language: languageOf(values.MARSAD_LANG) ?? localeLanguage(env),
    autolink: values.MARSAD_AUTOLINK,
    hijri: values.MARSAD_HIJRI === 'true',
    markdownProcessor: values.MARSAD_MARKDOWN,
    searchIndex: values.MARSAD_SEARCH_INDEX === 'on',
    searchShardRecords: values.MARSAD_SEARCH_SHARD_RECORDS ?? SEARCH_SHARD_RECORDS,
    traceFile: values.MARSAD_TRACE,
    cacheDir: values.MARSAD_CACHE_DIR,
    githubAnnotations: values.GITHUB_ACTIONS === 'true',
    chromiumPath: values.CHROMIUM_PATH,
    previousSitemap: values.MARSAD_PREVIOUS_SITEMAP,
    dataLicense: values.MARSAD_DATA_LICENSE,
    cms: {
      repo: values.MARSAD_CMS_REPO.trim(),
      branch: values.MARSAD_CMS_BRANCH.trim(),
      // The editor joins this with collection folders: no leading ./ or slashes either side.
      contentPath: values.MARSAD_CMS_CONTENT_PATH.trim().replace(/^\.?\/+|\/+$/g, '') || 'content',
      localPort: values.MARSAD_CMS_LOCAL_PORT ?? DECAP_SERVER_PORT,
      authBaseUrl: values.MARSAD_CMS_AUTH_URL,
    },
  };
}

// Stage marks ask for the settings once per span; parsing again only when a variable changed keeps that free,
// and still sees a variable that a test or the bench sets after this module loaded.
let last: { key: string; settings: Settings } | undefined;

/** The settings of `env` (the process's environment by default), parsed once per distinct set of values. */
export function readSettings(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  // The locale variables too: the language follows them when MARSAD_LANG is unset.
  const key = JSON.stringify([...SETTING_NAMES, ...LOCALE_VARIABLES].map((name) => env[name]));
  if (last?.key !== key) last = { key, settings: parseSettings(env) };
  return last.settings;
}

/** The cache folder Astro uses, as an absolute path: MARSAD_CACHE_DIR, or Astro's default under the working directory. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(readSettings(env).cacheDir ?? 'node_modules/.astro');
}

/** What docs/settings.md says about `name`, from the schema. */
export function settingDoc(name: SettingName): SettingDoc {
  const meta = settingsSchema.shape[name].meta() as Partial<SettingDoc> | undefined;
  if (meta?.description === undefined || meta.allowed === undefined || meta.default === undefined)
    throw new Error(`${name} has no documentation in the settings schema`);
  return { description: meta.description, allowed: meta.allowed, default: meta.default };
}
