/**
 * JSON Schemas of the three kinds of frontmatter, for editors: completion,
 * hover text and red underlines while writing. They are generated from the
 * zod schemas in schema.ts (the one definition), then adjusted where zod's
 * conversion says less than the checker enforces, and they list the ids of the
 * content root so an editor can offer them. `npm run check` stays the
 * authority: a schema cannot know, say, that an actor must not name itself.
 *
 * Draft-07, because that is what the YAML language server behind VS Code's
 * YAML extension implements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ANY_DIGIT } from '../arabic/digits.ts';
import type { Corpus } from './corpus.ts';
import { ENTITY_ID_PATTERN, httpUrl, isDateSchema } from './fields.ts';
import { COLLECTIONS, type CollectionName, type EntityCollection } from './schema.ts';
import { REFERENCE_FIELDS } from './reference-fields.ts';

/** A JSON Schema (or any JSON object) as plain data. */
export type JsonObject = { [key: string]: unknown };

/** Ids an editor may offer in each list of references, sorted. */
export interface KnownIds {
  actors: readonly string[];
  agreements: readonly string[];
}

/** The committed file of each collection's schema, in `schemas/`. */
export const SCHEMA_FILES: Record<CollectionName, string> = {
  articles: 'article.schema.json',
  actors: 'actor.schema.json',
  agreements: 'agreement.schema.json',
};

/** `YYYY-MM-DD`, in ASCII, Arabic-Indic or Persian digits (the checker reads all three); whether the day exists is left to `npm run check`. */
export const DATE_PATTERN = `^${ANY_DIGIT}{4}-${ANY_DIGIT}{2}-${ANY_DIGIT}{2}$`;

/** Which list fields hold ids, and of which folder (the same pairs `npm run check` verifies). */
const ID_FIELDS = REFERENCE_FIELDS;

const ID_DEFINITIONS: Record<EntityCollection, { name: string; description: string }> = {
  actors: { name: 'actorId', description: 'معرّف فاعل: اسم ملف في actors/ دون .md\nAn actor id: the name of a file in actors/ without .md.' },
  agreements: {
    name: 'agreementId',
    description: 'معرّف اتفاق: اسم ملف في agreements/ دون .md\nAn agreement id: the name of a file in agreements/ without .md.',
  },
};

const TITLES: Record<CollectionName, string> = {
  articles: 'Marsad article frontmatter',
  actors: 'Marsad actor frontmatter',
  agreements: 'Marsad agreement frontmatter',
};

/** The alias object's fields and `not`, the same for actors and agreements. */
const ALIAS_DESCRIPTIONS: Record<string, string> = {
    'aliases.text': 'الاسم كما تكتبه الأخبار، دون السوابق المتصلة.\nThe name as articles write it, without attached prefixes.',
    'aliases.weak': 'true: لا يُحتسب إلا في خبر يذكر الكيان في بياناته أو يسمّيه باسم قوي (للأسماء التي هي كلمات شائعة أيضاً).\ntrue: counts only in an article that lists the entity or names it by a strong form (for names that are also common words).',
    'aliases.place': 'true: عاصمة أو مدينة تنوب عن الدولة؛ ضعيف، ولا يُحتسب حيث يدل على المكان (في موسكو، مشاورات موسكو).\ntrue: a capital or city standing for a state: weak, and not a mention where the text uses it as a place.',
    'aliases.exact': 'true: يُطابق حرفاً بحرف دون توحيد ى/ي وة/ه والهمزات (المنفي ليست المنفى).\ntrue: matched letter for letter, without folding ى/ي, ة/ه or hamza.',
    'aliases.from': 'أول يوم (YYYY-MM-DD) للأخبار التي يدل فيها هذا الاسم على الكيان.\nFirst day (YYYY-MM-DD) of the articles in which this alias names the entity.',
    'aliases.until': 'آخر يوم (YYYY-MM-DD) للأخبار التي يدل فيها هذا الاسم على الكيان.\nLast day (YYYY-MM-DD) of the articles in which this alias names the entity.',
    not: 'عبارات تشبه أسماءه وليست هو (ليبيا الحدث قناة، لا الدولة)؛ تُطابق ولا تُحتسب، وتحجب الأسماء التي في داخلها.\nPhrases that look like its names but are something else; matched, never counted, and they hide the names inside them.',
};

/**
 * Hover text for each field, Arabic first. schema.ts documents its fields in
 * JSDoc, which does not exist at run time; a `.describe()` or `.meta()` added
 * there takes precedence over this map.
 */
const DESCRIPTIONS: Record<CollectionName, Record<string, string>> = {
  articles: {
    '': 'الحقول بين سطري --- في أعلى ملف خبر في content/articles/.\nThe frontmatter of an article in content/articles/.',
    title: 'العنوان، كما يظهر في صفحة الخبر وفي القوائم.\nHeadline, shown on the page and in lists.',
    date: 'يوم النشر، بالصيغة YYYY-MM-DD.\nDay of publication, YYYY-MM-DD.',
    summary: 'جملة أو جملتان للبطاقات والوصف والخلاصات.\nOne or two sentences for cards, the meta description and feeds.',
    lang: 'لغة الخبر: ar (الافتراضية) أو en.\nLanguage of the article: ar (default) or en; sets lang and dir.',
    actors: 'معرّفات الفاعلين الذين يتناولهم الخبر (ملفات في actors/).\nIds of the actors the article concerns (files in actors/).',
    agreements: 'معرّفات الاتفاقات التي يتناولها الخبر (ملفات في agreements/).\nIds of the agreements the article concerns (files in agreements/).',
    tags: 'وسوم حرة للتصنيف.\nFree labels for grouping.',
    source: 'المصدر الذي ينقل عنه الخبر: { name, url, date }.\nThe source the article reports from: { name, url, date }.',
    'source.name': 'اسم الوسيلة أو الوثيقة كما يعرفها القراء.\nThe outlet or document, as readers know it.',
    'source.url': 'رابط الأصل، http أو https فقط.\nA link to the original; http(s) only.',
    'source.date': 'يوم نشر المصدر، بالصيغة YYYY-MM-DD.\nWhen the source published it, YYYY-MM-DD.',
    updated: 'يوم آخر تعديل جوهري، بالصيغة YYYY-MM-DD.\nDay of the last substantive change, YYYY-MM-DD.',
    sources: 'كل المصادر التي يعتمد عليها الخبر، بترتيب عرضها: { name, url, date, archived_url, note }.\nEvery source the article draws on, in the order shown: { name, url, date, archived_url, note }.',
    'sources.name': 'اسم الوسيلة أو الوثيقة كما يعرفها القراء.\nThe outlet or document, as readers know it.',
    'sources.url': 'رابط الأصل، http أو https فقط.\nA link to the original; http(s) only.',
    'sources.date': 'يوم نشر المصدر، بالصيغة YYYY-MM-DD.\nWhen the source published it, YYYY-MM-DD.',
    'sources.archived_url': 'رابط نسخة مؤرشفة من الأصل (web.archive.org مثلاً)، http أو https فقط.\nA web-archive copy of the original (web.archive.org, for example); http(s) only.',
    'sources.note': 'ما يأخذه الخبر من المصدر أو موضعه فيه.\nWhat the article takes from it, or where in it.',
    corrections: 'التصحيحات المنشورة على الخبر: { date, text }؛ ولا يكون updated أقدم من أحدثها.\nCorrections published on the article: { date, text }; updated may not be older than the newest.',
    'corrections.date': 'يوم التصحيح، بالصيغة YYYY-MM-DD، في يوم نشر الخبر أو بعده.\nDay of the correction, YYYY-MM-DD, on or after the article\'s date.',
    'corrections.text': 'ما كان خطأ وما يقوله الخبر الآن، في جملة أو جملتين.\nWhat was wrong and what the article now says.',
    draft: 'true: يُفحص الخبر ولا يُنشر.\ntrue: checked, never published.',
    autolink: 'false: لا تُحوَّل الإشارات في هذا الخبر إلى روابط (لكنها تُحتسب).\nfalse: mentions in this article are counted but not linked.',
  },
  actors: {
    '': 'الحقول بين سطري --- في أعلى ملف فاعل في content/actors/.\nThe frontmatter of an actor in content/actors/.',
    name: 'الاسم بالعربية، كما يعرضه الموقع.\nArabic name, as the site shows it.',
    name_en: 'الاسم بالإنجليزية.\nEnglish name, for Latin text and metadata.',
    kind: 'نوع الفاعل.\nWhat sort of actor this is.',
    aliases: 'أسماء وتهجئات أخرى يرد بها في الأخبار، دون السوابق المتصلة (و، ف، ب، ك، ل، لل).\nOther names and spellings used in articles, without attached prefixes. A name, or { text, weak, place, exact, from, until }.',
    ...ALIAS_DESCRIPTIONS,
    affiliations: 'معرّفات الفاعلين الذين ينتمي إليهم أو يتبعهم.\nIds of actors it belongs to or answers to.',
    wikidata: 'عنصر ويكي بيانات: Q ثم أرقام.\nWikidata item: Q followed by digits.',
    pax_id: 'معرّف الفاعل في قاعدة PA-X، مثل ARM_912.\nPA-X actor id, such as ARM_912.',
    born: 'تاريخ الميلاد (للأشخاص)، بالصيغة YYYY-MM-DD.\nDate of birth (people), YYYY-MM-DD.',
    founded: 'تاريخ التأسيس (للمنظمات والدول)، بالصيغة YYYY-MM-DD.\nDate of foundation (organisations, states), YYYY-MM-DD.',
    dissolved: 'تاريخ الحل أو الزوال، بالصيغة YYYY-MM-DD.\nDate it ceased to exist, YYYY-MM-DD.',
  },
  agreements: {
    '': 'الحقول بين سطري --- في أعلى ملف اتفاق في content/agreements/.\nThe frontmatter of an agreement in content/agreements/.',
    name: 'الاسم بالعربية، كما يعرضه الموقع.\nArabic name, as the site shows it.',
    name_en: 'الاسم بالإنجليزية.\nEnglish name.',
    aliases: 'أسماء أخرى يرد بها في الأخبار، دون السوابق المتصلة.\nOther names used in articles, without attached prefixes. A name, or { text, weak, place, exact, from, until }.',
    ...ALIAS_DESCRIPTIONS,
    kind: 'نوع الاتفاق.\nWhat sort of agreement this is.',
    signed: 'يوم التوقيع (أو انعقاد المؤتمر، أو التصويت)، بالصيغة YYYY-MM-DD.\nDay of signature (or of the conference, or of the vote), YYYY-MM-DD.',
    place: 'مكان التوقيع، بالعربية.\nWhere it was signed, in Arabic.',
    status: 'وضع الاتفاق الآن.\nWhere it stands now.',
    parties: 'معرّفات الفاعلين الموقّعين.\nIds of the actors that signed it.',
    witnesses: 'معرّفات الفاعلين الشهود أو الرعاة.\nIds of the actors that witnessed or sponsored it.',
    related: 'معرّفات اتفاقات أخرى يبني عليها أو يرد عليها.\nIds of other agreements it builds on or answers.',
    pax_id: 'معرّف الاتفاق في قاعدة PA-X، مثل 2320.\nPA-X agreement id, such as 2320.',
    wikidata: 'عنصر ويكي بيانات: Q ثم أرقام.\nWikidata item: Q followed by digits.',
    text_url: 'رابط نص الاتفاق، http أو https فقط.\nWhere to read the text; http(s) only.',
  },
};

/** Keywords first in this order, so that the files read the same way whatever order zod emits. */
const KEYWORD_ORDER = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  '$ref',
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'default',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'definitions',
];

/** Keys whose value maps names to schemas: their own order (the schema's field order) is kept. */
const NAMED_SCHEMA_MAPS = new Set(['properties', 'definitions']);

/**
 * The ids of every entity file in the corpus, including files that failed the
 * schema, because `npm run check` accepts references to those too.
 */
export function knownIds(corpus: Corpus): KnownIds {
  const collect = (collection: EntityCollection) =>
    [...new Set([...corpus[collection].map((entry) => entry.id), ...corpus.unreadableIds[collection]])].filter((id) => ENTITY_ID_PATTERN.test(id)).sort();
  return { actors: collect('actors'), agreements: collect('agreements') };
}

/**
 * The editor schema of one collection's frontmatter. Throws when a field has
 * no description, so that a field added to schema.ts cannot go undocumented.
 */
export function frontmatterJsonSchema(collection: CollectionName, ids: KnownIds): JsonObject {
  const generated = z.toJSONSchema(COLLECTIONS[collection], {
    target: 'draft-07',
    // What a contributor writes, before defaults and transforms apply.
    io: 'input',
    unrepresentable: (ctx) => (ctx.zodSchema._zod.def.type === 'date' ? 'any' : 'throw'),
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as JsonObject;
      // YAML 1.2 reads an unquoted 2020-10-26 as text, which the checker then validates as a day.
      if (isDateSchema(zodSchema)) replaceWith(target, { type: 'string', pattern: DATE_PATTERN });
      if (zodSchema === httpUrl) target['pattern'] = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+';
      // Text fields trim before checking they are not empty, so blank text is refused too.
      if (zodSchema._zod.def.type === 'string' && target['minLength'] === 1 && target['pattern'] === undefined) target['pattern'] = '\\S';
    },
  }) as JsonObject;

  const schema: JsonObject = { ...generated, title: TITLES[collection], $comment: 'Generated by `npm run schema` from src/lib/content/schema.ts and the ids in the content root; do not edit.' };
  addDescriptions(schema, collection, '');
  const definitions: JsonObject = {};
  const properties = asObject(schema['properties']);
  for (const [field, target] of Object.entries(ID_FIELDS[collection])) {
    const property = asObject(properties[field]);
    const { name } = ID_DEFINITIONS[target];
    property['items'] = { $ref: `#/definitions/${name}` };
    definitions[name] ??= idDefinition(target, ids[target]);
  }
  schema['definitions'] = definitions;
  return canonical(schema) as JsonObject;
}

/** The text of a schema file: canonical key order, two-space indent, final newline. */
export function serializeJsonSchema(schema: JsonObject): string {
  return `${JSON.stringify(canonical(schema), null, 2)}\n`;
}

/** Every schema file's name and text, for the given ids. */
export function renderSchemaFiles(ids: KnownIds): Array<{ name: string; text: string }> {
  return (Object.keys(COLLECTIONS) as CollectionName[]).map((collection) => ({
    name: SCHEMA_FILES[collection],
    text: serializeJsonSchema(frontmatterJsonSchema(collection, ids)),
  }));
}

/** A schema file in `dir` that does not hold what would be generated. */
export interface StaleSchemaFile {
  name: string;
  reason: 'missing' | 'different';
}

/** The files in `dir` that are missing or differ from `rendered`. */
export function staleSchemaFiles(dir: string, rendered: ReadonlyArray<{ name: string; text: string }>): StaleSchemaFile[] {
  return rendered.flatMap(({ name, text }): StaleSchemaFile[] => {
    const committed = readOrUndefined(path.join(dir, name));
    if (committed === undefined) return [{ name, reason: 'missing' }];
    return committed === text ? [] : [{ name, reason: 'different' }];
  });
}

function idDefinition(collection: EntityCollection, ids: readonly string[]): JsonObject {
  const definition: JsonObject = { description: ID_DEFINITIONS[collection].description, type: 'string', pattern: ENTITY_ID_PATTERN.source };
  // An empty enum would accept nothing; with no files yet, the pattern alone applies.
  if (ids.length > 0) definition['enum'] = [...ids];
  return definition;
}

/** Adds the description of every property (recursively), keeping one that zod already emitted from metadata. */
function addDescriptions(schema: JsonObject, collection: CollectionName, fieldPath: string): void {
  if (schema['description'] === undefined) {
    const description = DESCRIPTIONS[collection][fieldPath];
    if (description === undefined) {
      throw new Error(`the ${collection} field \`${fieldPath}\` has no description: add one to DESCRIPTIONS in src/lib/content/json-schema.ts`);
    }
    schema['description'] = description;
  }
  const properties = schema['properties'];
  if (isObject(properties)) {
    for (const [field, property] of Object.entries(properties)) {
      if (isObject(property)) addDescriptions(property, collection, fieldPath ? `${fieldPath}.${field}` : field);
    }
  }
  // The object form of a list item (an alias written as { text, weak, … }) is described field by field too.
  const variants = [schema['items'], ...(Array.isArray(schema['anyOf']) ? schema['anyOf'] : [])];
  for (const variant of variants) {
    if (isObject(variant) && (isObject(variant['properties']) || Array.isArray(variant['anyOf']))) {
      variant['description'] ??= schema['description'];
      addDescriptions(variant, collection, fieldPath);
    }
  }
}

function replaceWith(target: JsonObject, replacement: JsonObject): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, replacement);
}

/** A deep copy with keywords in {@link KEYWORD_ORDER}, unknown keywords after them alphabetically. */
function canonical(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (!keepOrder) keys.sort(compareKeywords);
  const copy: JsonObject = {};
  for (const key of keys) copy[key] = keepOrder ? canonical(value[key]) : canonical(value[key], NAMED_SCHEMA_MAPS.has(key));
  return copy;
}

function compareKeywords(a: string, b: string): number {
  const rank = (key: string) => {
    const index = KEYWORD_ORDER.indexOf(key);
    return index === -1 ? KEYWORD_ORDER.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function asObject(value: unknown): JsonObject {
  if (!isObject(value)) throw new Error('the generated JSON Schema does not have the expected shape: check how zod converts schema.ts');
  return value;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
