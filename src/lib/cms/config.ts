/**
 * The Decap CMS configuration of /admin/, generated at build time from the
 * content schema and the entities of the content root.
 *
 * Why Decap CMS and not Sveltia CMS: Sveltia's local mode opens the folder
 * through the browser's File System Access picker (`showDirectoryPicker`, and
 * it ignores `local_backend`), which a headless test cannot drive; Decap's
 * `local_backend` talks to `decap-server`, a small Express server that writes
 * into the git working tree, and in its `git` mode keeps the editorial
 * workflow's branches too, so the whole round trip runs in a test with no
 * network. Decap ships no Arabic interface (its locales include fa and he, not
 * ar), so src/lib/cms/locale-ar.ts registers Arabic for the phrases a
 * journalist meets; the rest falls back to English.
 */
import { frontmatterJsonSchema } from '../content/json-schema.ts';
import type { CollectionName } from '../content/schema.ts';
import { frontmatterFields, type CmsField, type EntityChoices } from './fields.ts';
import { COLLECTION_LABELS, FIELD_LABELS } from './labels.ts';
import type { CmsSettings } from './settings.ts';

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  /** Articles live in `YYYY/MM/` sub-folders named after their date. */
  path?: string;
  slug: string;
  identifier_field: string;
  summary: string;
  create: true;
  extension: 'md';
  format: 'frontmatter';
  sortable_fields: string[];
  fields: CmsField[];
}

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string; squash_merges: true; open_authoring: true; base_url?: string };
  /** Used only when /admin/ is opened on localhost or 127.0.0.1 and decap-server answers there. */
  local_backend: { url: string };
  publish_mode: 'editorial_workflow';
  locale: string;
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

export interface CmsConfigInput {
  settings: CmsSettings;
  choices: EntityChoices;
  /** The published site's address (SITE_URL), for the editor's "view site" link. */
  siteUrl: string | undefined;
  locale: string;
  /** The site's BASE_PATH, under which uploaded images are served. */
  basePath: string;
}

const BODY: CmsField = {
  name: 'body',
  label: FIELD_LABELS['body'] ?? 'body',
  widget: 'markdown',
  required: true,
  hint: 'نص الخبر بصيغة Markdown. تُربط أسماء الفاعلين والاتفاقات تلقائياً عند النشر.\nThe text, in Markdown. Names of actors and agreements are linked when the site is built.',
  modes: ['rich_text', 'raw'],
};

const ENTITY_BODY: CmsField = { ...BODY, required: false, hint: 'نبذة قصيرة تظهر في صفحته.\nA short description shown on its page.' };

/** The whole configuration: one collection per content folder, saving through pull requests. */
export function cmsConfig({ settings, choices, siteUrl, locale, basePath }: CmsConfigInput): CmsConfig {
  const ids = { actors: choices.actors.map((entity) => entity.id), agreements: choices.agreements.map((entity) => entity.id) };
  const fields = (collection: CollectionName) => frontmatterFields(collection, frontmatterJsonSchema(collection, ids), choices);
  const folder = (collection: CollectionName) => `${settings.contentPath}/${collection}`;
  const labels = (collection: CollectionName) => ({
    label: COLLECTION_LABELS[collection].label,
    label_singular: COLLECTION_LABELS[collection].singular,
  });
  const common = { create: true, extension: 'md', format: 'frontmatter' } as const;

  return {
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      squash_merges: true,
      // Journalists rarely have write access: Decap then saves to a fork of theirs and opens the pull request from it.
      open_authoring: true,
      ...(settings.authBaseUrl ? { base_url: settings.authBaseUrl } : {}),
    },
    local_backend: { url: `http://localhost:${settings.localPort}/api/v1` },
    publish_mode: 'editorial_workflow',
    locale,
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    media_folder: 'public/media',
    public_folder: `${basePath}media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        ...labels('articles'),
        ...common,
        folder: folder('articles'),
        // {{year}} and {{month}} come from the article's date field, so the file lands in the folder of its date.
        path: '{{year}}/{{month}}/{{slug}}',
        // An Arabic headline has no Latin letters for a file name: the id starts as the date, and Decap adds -1, -2 … on the same day.
        slug: '{{year}}-{{month}}-{{day}}',
        identifier_field: 'title',
        summary: '{{title}} — {{date}}',
        sortable_fields: ['date', 'title'],
        fields: [...fields('articles'), BODY],
      },
      {
        name: 'actors',
        ...labels('actors'),
        ...common,
        folder: folder('actors'),
        slug: '{{name_en}}',
        identifier_field: 'name',
        summary: '{{name}} ({{kind}})',
        sortable_fields: ['name'],
        fields: [...fields('actors'), ENTITY_BODY],
      },
      {
        name: 'agreements',
        ...labels('agreements'),
        ...common,
        folder: folder('agreements'),
        slug: '{{name_en}}',
        identifier_field: 'name',
        summary: '{{name}} — {{signed}}',
        sortable_fields: ['signed', 'name'],
        fields: [...fields('agreements'), ENTITY_BODY],
      },
    ],
  };
}
