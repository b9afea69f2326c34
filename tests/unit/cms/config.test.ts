import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminConfig, adminTextFiles, entityChoices } from '../../../src/lib/cms/admin-files.ts';
import { adminHeadersBlock, adminPolicy } from '../../../src/lib/cms/admin-page.ts';
import { cmsConfig, type CmsCollection } from '../../../src/lib/cms/config.ts';
import { REQUIRED_IN_EDITOR, type CmsField, type EntityChoices } from '../../../src/lib/cms/fields.ts';
import { readCmsSettings } from '../../../src/lib/cms/settings.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { REFERENCE_FIELDS } from '../../../src/lib/content/reference-fields.ts';
import { ACTOR_KINDS, AGREEMENT_KINDS, AGREEMENT_STATUSES, COLLECTIONS, type CollectionName } from '../../../src/lib/content/schema.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const CHOICES: EntityChoices = {
  actors: [
    { id: 'khalifa-haftar', name: 'خليفة حفتر' },
    { id: 'qatar', name: 'قطر' },
    { id: 'unreadable-one', name: 'unreadable-one' },
  ],
  agreements: [{ id: 'geneva-ceasefire-2020', name: 'اتفاق جنيف' }],
};

const settings = readCmsSettings({});
const config = cmsConfig({ settings, choices: CHOICES, siteUrl: undefined, locale: 'ar', basePath: '/' });
const collection = (name: CollectionName): CmsCollection => {
  const found = config.collections.find((entry) => entry.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const field = (name: CollectionName, fieldName: string): CmsField => {
  const found = collection(name).fields.find((entry) => entry.name === fieldName);
  if (!found) throw new Error(`no field ${name}.${fieldName}`);
  return found;
};

describe('the CMS configuration generated from the content schema', () => {
  it.each(Object.keys(COLLECTIONS) as CollectionName[])(
    '%s: every schema field is a CMS field, in order, with the schema’s required flag',
    (name) => {
      const shape = COLLECTIONS[name].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
      const fields = collection(name).fields;
      expect(fields.map((entry) => entry.name)).toEqual([...Object.keys(shape), 'body']);
      for (const [fieldName, schema] of Object.entries(shape)) {
        // A field is required exactly when the schema refuses it missing (or the editor documents why it asks anyway).
        const schemaRequired = !schema.safeParse(undefined).success;
        const editorRequired = schemaRequired || REQUIRED_IN_EDITOR[name].includes(fieldName);
        expect({ fieldName, required: field(name, fieldName).required }).toEqual({ fieldName, required: editorRequired });
        expect(field(name, fieldName).label).toMatch(/[\u0600-\u06FF]/);
      }
    },
  );

  it('uses the widget that fits each kind of value', () => {
    expect(field('articles', 'title').widget).toBe('string');
    expect(field('articles', 'summary').widget).toBe('text');
    expect(field('articles', 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(field('articles', 'autolink')).toMatchObject({ widget: 'boolean', default: true });
    expect(field('articles', 'tags')).toMatchObject({ widget: 'list', required: false });
    expect(field('actors', 'aliases')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field('agreements', 'text_url').pattern?.[0]).toMatch(/^\^\[Hh\]/);
    expect(field('actors', 'wikidata').pattern?.[0]).toBe('^Q[1-9]\\d*$');
    expect(field('articles', 'body')).toMatchObject({ widget: 'markdown', required: true });
  });

  it('makes every date a date input that stores YYYY-MM-DD, optional ones starting empty', () => {
    for (const [name, fieldName, required] of [
      ['articles', 'date', true],
      ['articles', 'updated', false],
      ['actors', 'born', false],
      ['agreements', 'signed', true],
    ] as const) {
      const date = field(name, fieldName);
      expect(date).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, required });
      expect(date.default).toBe(required ? undefined : '');
    }
    const source = field('articles', 'source');
    expect(source.widget).toBe('object');
    expect(source.fields?.map((entry) => [entry.name, entry.widget, entry.required])).toEqual([
      // Optional group: Decap would demand its fields even when the group is left empty.
      ['name', 'string', false],
      ['url', 'string', false],
      ['date', 'datetime', false],
    ]);
  });

  it('starts lists of records empty, so a new article that cites no source can be saved', () => {
    for (const fieldName of ['sources', 'corrections']) {
      expect(field('articles', fieldName)).toMatchObject({ widget: 'list', default: [] });
    }
  });

  it('turns enums into select options with Arabic labels', () => {
    expect(field('actors', 'kind').options?.map((option) => option.value)).toEqual([...ACTOR_KINDS]);
    expect(field('actors', 'kind').options?.[0]).toEqual({ value: 'person', label: 'شخصية (person)' });
    expect(field('agreements', 'kind').options?.map((option) => option.value)).toEqual([...AGREEMENT_KINDS]);
    expect(field('agreements', 'kind').options?.find((option) => option.value === 'other')?.label).toBe('وثيقة أخرى (other)');
    expect(field('agreements', 'status')).toMatchObject({ widget: 'select', required: false });
    expect(field('agreements', 'status').options?.map((option) => option.value)).toEqual([...AGREEMENT_STATUSES]);
    expect(field('articles', 'lang')).toMatchObject({ widget: 'select', default: 'ar', required: false });
  });

  it('offers every current id in each list of references, and nothing else', () => {
    for (const [name, references] of Object.entries(REFERENCE_FIELDS) as Array<[CollectionName, Record<string, 'actors' | 'agreements'>]>) {
      for (const [fieldName, target] of Object.entries(references)) {
        const list = field(name, fieldName);
        expect(list).toMatchObject({ widget: 'select', multiple: true, required: false });
        expect(list.options?.map((option) => option.value)).toEqual(CHOICES[target].map((entity) => entity.id));
      }
    }
    expect(field('articles', 'actors').options?.[0]).toEqual({ value: 'khalifa-haftar', label: 'خليفة حفتر (khalifa-haftar)' });
    expect(field('articles', 'actors').options?.[2]).toEqual({ value: 'unreadable-one', label: 'unreadable-one' });
  });

  it('files articles in YYYY/MM folders of the content path and proposes every change as a pull request', () => {
    expect(collection('articles')).toMatchObject({
      folder: 'content/articles',
      path: '{{year}}/{{month}}/{{slug}}',
      extension: 'md',
      format: 'frontmatter',
    });
    expect(collection('actors').folder).toBe('content/actors');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'OWNER/REPOSITORY', branch: 'main', squash_merges: true, open_authoring: true });
    expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
  });

  it('reads the backend from the environment', () => {
    const custom = readCmsSettings({
      MARSAD_CMS_REPO: 'news/archive',
      MARSAD_CMS_BRANCH: 'trunk',
      MARSAD_CMS_CONTENT_PATH: './site/content/',
      MARSAD_CMS_LOCAL_PORT: '9123',
      MARSAD_CMS_AUTH_URL: 'https://auth.example.org',
    });
    const generated = cmsConfig({
      settings: custom,
      choices: CHOICES,
      siteUrl: 'https://news.example.org',
      locale: 'ar',
      basePath: '/archive/',
    });
    expect(generated.backend).toEqual({
      name: 'github',
      repo: 'news/archive',
      branch: 'trunk',
      squash_merges: true,
      open_authoring: true,
      base_url: 'https://auth.example.org',
    });
    expect(generated.collections.map((entry) => entry.folder)).toEqual([
      'site/content/articles',
      'site/content/actors',
      'site/content/agreements',
    ]);
    expect(generated.local_backend.url).toBe('http://localhost:9123/api/v1');
    expect(generated.site_url).toBe('https://news.example.org');
    expect([generated.media_folder, generated.public_folder]).toEqual(['public/media', '/archive/media']);
    expect(() => readCmsSettings({ MARSAD_CMS_LOCAL_PORT: 'eighty' })).toThrow(
      /MARSAD_CMS_LOCAL_PORT: "eighty" is not a port number \(1–65535\)/,
    );
    expect(adminPolicy(custom)).toContain(
      "connect-src 'self' https://api.github.com http://localhost:9123 http://127.0.0.1:9123 https://auth.example.org",
    );
  });

  it('lists the entities of a content root, named, for the config.yml the build writes', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/broken.md': '---\nname: [\n---\n' });
    const corpus = loadCorpus(root);
    const choices = entityChoices(corpus);
    expect(choices.actors.map((entity) => entity.id)).toEqual(['broken', 'khalifa-haftar', 'libyan-national-army', 'qatar']);
    expect(choices.actors.find((entity) => entity.id === 'qatar')?.name).toBe('قطر');
    const files = adminTextFiles(adminConfig(corpus, settings, { siteUrl: undefined, basePath: '/' }), settings, '/');
    const written = parse(files['config.yml'] ?? '') as { collections: Array<{ name: string; fields: CmsField[] }> };
    const articleActors = written.collections[0]?.fields.find((entry) => entry.name === 'actors');
    expect(articleActors?.options?.map((option) => option.value)).toEqual(['broken', 'khalifa-haftar', 'libyan-national-army', 'qatar']);
  });
});

describe('the admin page', () => {
  const html = adminTextFiles(config, settings, '/news/')['index.html'] ?? '';

  it('is right-to-left, Arabic, kept out of search engines, and loads only its own scripts', () => {
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/news/admin/setup.js',
      '/news/admin/decap-cms.js',
      '/news/admin/start.js',
    ]);
    expect(html).toContain('<link rel="stylesheet" href="/news/admin/rtl.css">');
    expect(html).not.toMatch(/<script>/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1|api\.github\.com)/);
  });

  it('carries a policy that admits the CMS on /admin/ only', () => {
    expect(html).toContain('content-security-policy');
    expect(adminPolicy(settings)).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(adminPolicy(settings)).toMatch(/object-src 'none'/);
    const block = adminHeadersBlock(settings, '/');
    expect(block.split('\n')[0]).toBe('/admin/*');
    expect(block).toContain('! Content-Security-Policy');
    expect(block).toContain("frame-ancestors 'none'");
    expect(block).toContain('X-Robots-Tag: noindex');
  });
});
