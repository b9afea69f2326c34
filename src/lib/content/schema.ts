/**
 * The content format: the one definition of what contributors write in
 * frontmatter. Astro's collections (src/content.config.ts) and every CLI use it.
 */
import { z } from 'zod';
import { calendarDate, entityIdList, httpUrl, paxId, text, textList, wikidataId } from './fields.ts';

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

export const ARTICLE_LANGS = ['ar', 'en'] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `choose one of: ${values.join(', ')}` });

/** Where an article's facts come from. */
export const sourceSchema = z.strictObject({
  /** The outlet or document, as readers know it (الميادين, UN press release …). */
  name: text('source.name'),
  /** A link to the original; http(s) only. */
  url: httpUrl.optional(),
  /** When the source published it. */
  date: calendarDate.optional(),
});

export const articleSchema = z.strictObject({
  /** Headline, shown on the page and in lists. */
  title: text('title'),
  /** Day of publication, `YYYY-MM-DD`. */
  date: calendarDate,
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
  updated: calendarDate.optional(),
  /** Drafts are checked but never published. */
  draft: z.boolean({ error: 'draft is true or false' }).default(false),
  /** `false` keeps this article's mentions unlinked (they still count on entity pages). */
  autolink: z.boolean({ error: 'autolink is true or false' }).default(true),
});

export const actorSchema = z.strictObject({
  /** Arabic name, as the site shows it. */
  name: text('name'),
  /** English name, for Latin text and metadata. */
  name_en: text('name_en').optional(),
  /** What sort of actor this is. */
  kind: oneOf(ACTOR_KINDS),
  /** Other names and spellings by which articles refer to it (Arabic or Latin), without attached prefixes. */
  aliases: textList('alias'),
  /** Ids of actors it belongs to or answers to. */
  affiliations: entityIdList,
  /** Wikidata item, `Q` + digits. */
  wikidata: wikidataId.optional(),
  /** PA-X actor id, such as `ARM_912`. */
  pax_id: paxId.optional(),
  /** Date of birth (people). */
  born: calendarDate.optional(),
  /** Date of foundation (organisations, states). */
  founded: calendarDate.optional(),
  /** Date it ceased to exist. */
  dissolved: calendarDate.optional(),
});

export const agreementSchema = z.strictObject({
  /** Arabic name, as the site shows it. */
  name: text('name'),
  /** English name. */
  name_en: text('name_en').optional(),
  /** Other names by which articles refer to it, without attached prefixes. */
  aliases: textList('alias'),
  /** What sort of agreement this is. */
  kind: oneOf(AGREEMENT_KINDS),
  /** Day of signature (or of the conference, or of the vote). */
  signed: calendarDate,
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
});

export type ArticleData = z.output<typeof articleSchema>;
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
