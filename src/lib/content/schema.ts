/**
 * The content format: the one definition of what contributors write in
 * frontmatter. Astro's collections (src/content.config.ts) and every CLI use it.
 */
import { z } from 'zod';
import { schemaMessage } from '../messages/schema-messages.ts';
import { calendarDate, ENTITY_ID_PATTERN, entityIdList, historyDate, httpUrl, paxId, recordDate, text, textList, wikidataId } from './fields.ts';

export const ACTOR_KINDS = [
  'person',
  'armed-group',
  'government',
  'state',
  'political-party',
  'intergovernmental',
  'media',
  'other',
] as const;

export const AGREEMENT_KINDS = ['ceasefire', 'mou', 'political-agreement', 'conference', 'resolution', 'other'] as const;

export const AGREEMENT_STATUSES = ['signed', 'in-force', 'suspended', 'expired', 'disputed', 'superseded'] as const;

const ARTICLE_LANGS = ['ar', 'en'] as const;

/**
 * One alias as written in frontmatter: a plain string is a strong alias;
 * the object form says how far the name may be trusted (docs/matching.md).
 */
const aliasObjectSchema = z
  .strictObject({
    /** The name as articles write it, without attached prefixes (و ف ب ك ل). */
    text: text('alias text'),
    /** Linked only in an article that lists this entity or names it by a strong form: for short names that are also common words. */
    weak: z.boolean({ error: schemaMessage('not-true-false', { what: 'weak' }) }).default(false),
    /** A capital or city standing for a state: weak, and never a mention where the text uses it as a place (في موسكو، مشاورات موسكو). */
    place: z.boolean({ error: schemaMessage('not-true-false', { what: 'place' }) }).default(false),
    /** Matched letter for letter: no folding of ى/ي, ة/ه or hamza (المنفي is not المنفى). */
    exact: z.boolean({ error: schemaMessage('not-true-false', { what: 'exact' }) }).default(false),
    /** First day (YYYY-MM-DD) of articles in which this alias names the entity. */
    from: calendarDate.optional(),
    /** Last day (YYYY-MM-DD) of articles in which this alias names the entity. */
    until: calendarDate.optional(),
  })
  .refine((alias) => alias.from === undefined || alias.until === undefined || alias.from <= alias.until, {
    error: schemaMessage('alias-window-reversed'),
    path: ['until'],
  });

/** An alias: a plain string (strong) or `{ text, weak, place, exact, from, until }`; read as the object form. */
const aliasSchema = z.union([text('alias'), aliasObjectSchema], { error: schemaMessage('bad-alias') }).transform((alias) =>
  typeof alias === 'string' ? { text: alias, weak: false, place: false, exact: false } : alias,
);

/** Other names and spellings, each strong unless it says otherwise. */
const aliasList = z.array(aliasSchema, { error: schemaMessage('not-a-list', { example: '[حفتر]' }) }).default([]);

/** Text that looks like the entity's names but is something else (ليبيا الحدث, a TV channel): matched like a name, never a mention. */
const notList = textList('not-form');

export type Alias = z.output<typeof aliasSchema>;

/**
 * `redirect_from`: the ids this file had before it was renamed, so the build
 * writes a redirect from each old URL to the page's new one (src/lib/redirects).
 * Articles' ids have folders (`2020/10/old-slug`); an entity's is one word.
 */
const redirectFrom = (example: string, segments: 'one' | 'path') =>
  z
    .array(
      z
        .string({ error: schemaMessage('bad-old-id', { example }) })
        .regex(segments === 'one' ? ENTITY_ID_PATTERN : /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, { error: schemaMessage('bad-old-id', { example }) }),
      { error: schemaMessage('bad-old-id', { example }) },
    )
    // Optional rather than defaulted: most files never move, and code that builds entries by hand need not spell it out.
    .optional()
    // Here rather than in json-schema.ts's map: the field is the same in all three collections.
    .describe(
      `المعرّفات التي كانت لهذا الملف قبل تغيير اسمه، مثل ${example}؛ يحوّل الموقع كل عنوان قديم إلى الصفحة.\nIds this file had before it was renamed, such as ${example}; each old URL redirects to its page.`,
    );

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: schemaMessage('not-in-list', { choices: values }) });

/** Where an article's facts come from. */
const sourceSchema = z.strictObject({
  /** The outlet or document, as readers know it (الميادين, UN press release …). */
  name: text('source.name'),
  /** A link to the original; http(s) only. */
  url: httpUrl.optional(),
  /** When the source published it. */
  date: recordDate.optional(),
});

/** One entry of `sources:`: the single `source` with what a citation needs to outlive the original page. */
const citedSourceSchema = sourceSchema.extend({
  /** A web-archive copy of `url` (web.archive.org, archive.today …), shown beside it for when the original moves or goes; http(s) only. */
  archived_url: httpUrl.optional(),
  /** What the article takes from it, or where in it (a page, a paragraph, a clip's minute). */
  note: text('sources.note').optional(),
});

/** A dated correction, published at the top of the article and on /corrections/. */
const correctionSchema = z.strictObject({
  /** Day the correction was made: on or after the article's `date` (`npm run check` refuses an earlier one). */
  date: recordDate,
  /** What was wrong and what the article now says, in a sentence or two. */
  text: text('corrections.text'),
});

export const articleSchema = z.strictObject({
  /** Headline, shown on the page and in lists. */
  title: text('title'),
  /** Day of publication, `YYYY-MM-DD`. */
  date: recordDate,
  /** One or two sentences for cards, the meta description and feeds. */
  summary: text('summary'),
  /** Language of the article; sets `lang` and `dir` on its content. */
  lang: oneOf(ARTICLE_LANGS).default('ar'),
  /** Ids of the actors the article concerns (files in `actors/`). */
  actors: entityIdList,
  /** Ids of the agreements the article concerns (files in `agreements/`). */
  agreements: entityIdList,
  /** Free labels for grouping. */
  tags: textList('tag'),
  /** The source the article reports from. */
  source: sourceSchema.optional(),
  /** Day of the last substantive change. */
  updated: recordDate.optional(),
  /** Every source the article draws on, in the order readers should see them; `source` above stays valid and is shown first. */
  sources: z.array(citedSourceSchema, { error: 'write a list of sources, each starting with - name:' }).default([]),
  /** Corrections, in any order; `updated` may not be older than the newest (`npm run check`). */
  corrections: z.array(correctionSchema, { error: 'write a list of corrections, each starting with - date:' }).default([]),
  /** Drafts are checked but never published. */
  draft: z.boolean({ error: schemaMessage('not-true-false', { what: 'draft' }) }).default(false),
  /** `false` keeps this article's mentions unlinked (they still count on entity pages). */
  autolink: z.boolean({ error: schemaMessage('not-true-false', { what: 'autolink' }) }).default(true),
  /** Ids this article had before its file was renamed (`2020/10/old-slug`); each old URL redirects to this page. */
  redirect_from: redirectFrom('2020/10/old-slug', 'path'),
});

export const actorSchema = z.strictObject({
  /** Arabic name, as the site shows it. */
  name: text('name'),
  /** English name, for Latin text and metadata. */
  name_en: text('name_en').optional(),
  /** What sort of actor this is. */
  kind: oneOf(ACTOR_KINDS),
  /** Other names and spellings by which articles refer to it (Arabic or Latin), without attached prefixes. */
  aliases: aliasList,
  /** Phrases that contain or resemble its names but refer to something else; they hide the names inside them. */
  not: notList,
  /** Ids of actors it belongs to or answers to. */
  affiliations: entityIdList,
  /** Wikidata item, `Q` + digits. */
  wikidata: wikidataId.optional(),
  /** PA-X actor id, such as `ARM_912`. */
  pax_id: paxId.optional(),
  /** Date of birth (people). */
  born: historyDate.optional(),
  /** Date of foundation (organisations, states). */
  founded: historyDate.optional(),
  /** Date it ceased to exist. */
  dissolved: historyDate.optional(),
  /** Ids this actor had before its file was renamed; each old URL redirects to this page. */
  redirect_from: redirectFrom('old-id', 'one'),
});

export const agreementSchema = z.strictObject({
  /** Arabic name, as the site shows it. */
  name: text('name'),
  /** English name. */
  name_en: text('name_en').optional(),
  /** Other names by which articles refer to it, without attached prefixes. */
  aliases: aliasList,
  /** Phrases that contain or resemble its names but refer to something else; they hide the names inside them. */
  not: notList,
  /** What sort of agreement this is. */
  kind: oneOf(AGREEMENT_KINDS),
  /** Day of signature (or of the conference, or of the vote). */
  signed: historyDate,
  /** Where it was signed, in Arabic. */
  place: text('place').optional(),
  /** Where it stands now. */
  status: oneOf(AGREEMENT_STATUSES).optional(),
  /** Ids of the actors that signed it. */
  parties: entityIdList,
  /** Ids of the actors that witnessed or sponsored it. */
  witnesses: entityIdList,
  /** Ids of other agreements it builds on or answers. */
  related: entityIdList,
  /** PA-X agreement id, such as `2320`. */
  pax_id: paxId.optional(),
  /** Wikidata item, `Q` + digits. */
  wikidata: wikidataId.optional(),
  /** Where to read the text; http(s) only. */
  text_url: httpUrl.optional(),
  /** Ids this agreement had before its file was renamed; each old URL redirects to this page. */
  redirect_from: redirectFrom('old-id', 'one'),
});

export type ArticleData = z.output<typeof articleSchema>;
export type CitedSource = z.output<typeof citedSourceSchema>;
export type ActorData = z.output<typeof actorSchema>;
export type AgreementData = z.output<typeof agreementSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The three folders of a content root, each with its schema. */
export const COLLECTIONS = {
  articles: articleSchema,
  actors: actorSchema,
  agreements: agreementSchema,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type EntityCollection = Exclude<CollectionName, 'articles'>;
