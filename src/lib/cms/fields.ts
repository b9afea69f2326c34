/**
 * The editor's form fields, derived from the editor JSON Schema of a collection
 * (src/lib/content/json-schema.ts), which is itself generated from the one zod
 * schema: so required flags, enums, date fields, id lists and hints follow
 * schema.ts without a second definition. Decap CMS field options are used
 * (https://decapcms.org/docs/widgets/).
 */
import { DATE_PATTERN, type JsonObject } from '../content/json-schema.ts';
import type { CollectionName, EntityCollection } from '../content/schema.ts';
import { choiceLabel, FIELD_LABELS } from './labels.ts';

interface CmsOption {
  label: string;
  value: string;
}

/** One Decap CMS field; only the options this generator writes. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'boolean' | 'select' | 'datetime' | 'list' | 'object';
  required: boolean;
  hint?: string;
  default?: string | boolean | readonly string[];
  options?: CmsOption[];
  multiple?: boolean;
  /** `[regular expression, message]`: checked in the form before saving. */
  pattern?: [string, string];
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  /** Markdown widget: which editing modes are offered. */
  modes?: Array<'rich_text' | 'raw'>;
}

/** An entity offered in a list of ids: its id, and the name people know it by. */
interface EntityChoice {
  id: string;
  name: string;
}

export type EntityChoices = Record<EntityCollection, readonly EntityChoice[]>;

/** Text fields long enough for several lines. */
const MULTILINE = new Set(['summary']);

/**
 * Fields the editor asks for although the files may omit them: the English
 * name becomes the file name (the id) of a new actor or agreement, because
 * ids are Latin and Decap cannot transliterate an Arabic name.
 */
export const REQUIRED_IN_EDITOR: Record<CollectionName, readonly string[]> = {
  articles: [],
  actors: ['name_en'],
  agreements: ['name_en'],
};

/** Which definition of the JSON Schema lists the ids of which folder. */
const ID_REFS: Record<string, EntityCollection> = {
  '#/definitions/actorId': 'actors',
  '#/definitions/agreementId': 'agreements',
};

const PATTERN_MESSAGE = 'القيمة لا تطابق الصيغة المطلوبة: انظر الشرح تحت الحقل. The value does not have the expected form: see the hint.';

/** The form fields of one collection's frontmatter, in the schema's order. */
export function frontmatterFields(collection: CollectionName, schema: JsonObject, choices: EntityChoices): CmsField[] {
  return objectFields(collection, schema, choices, '');
}

function objectFields(collection: CollectionName, schema: JsonObject, choices: EntityChoices, prefix: string): CmsField[] {
  const properties = asObject(schema['properties'], prefix || collection);
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  return Object.entries(properties).map(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const isRequired = required.has(name) || (prefix === '' && REQUIRED_IN_EDITOR[collection].includes(name));
    return fieldOf(collection, path, name, asObject(property, path), isRequired, choices);
  });
}

function fieldOf(
  collection: CollectionName,
  path: string,
  name: string,
  property: JsonObject,
  required: boolean,
  choices: EntityChoices,
): CmsField {
  const base = { name, label: labelOf(path), required, ...hintOf(property) };
  const type = property['type'];

  if (Array.isArray(property['enum'])) {
    const values = property['enum'].map(String);
    return {
      ...base,
      widget: 'select',
      options: values.map((value) => ({ value, label: choiceLabel(collection, name, value) })),
      ...defaultOf(property),
    };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean', default: property['default'] === true };
  if (type === 'string' && property['pattern'] === DATE_PATTERN) {
    // A date input that stores YYYY-MM-DD; an optional date starts empty instead of today.
    return {
      ...base,
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      ...(required ? {} : { default: '' }),
    };
  }
  if (type === 'object') {
    // Decap checks the fields inside an optional group even when the group is left empty, so inside one nothing is
    // marked required; `npm run check` still refuses a source with an address but no name.
    const fields = objectFields(collection, property, choices, path);
    return {
      ...base,
      widget: 'object',
      collapsed: !required,
      fields: required ? fields : fields.map((field) => ({ ...field, required: false })),
    };
  }
  if (type === 'array') return listField(collection, path, base, asObject(property['items'], `${path}[]`), choices);
  if (type === 'string' || Array.isArray(property['anyOf'])) {
    // `anyOf` is PA-X's id, text or a number: the form offers text, which the checker accepts.
    const pattern =
      typeof property['pattern'] === 'string' && property['pattern'] !== '\\S'
        ? { pattern: [property['pattern'], PATTERN_MESSAGE] as [string, string] }
        : {};
    return { ...base, widget: MULTILINE.has(name) ? 'text' : 'string', ...pattern };
  }
  throw new Error(
    `the ${collection} field \`${path}\` has a shape the editor does not know (${JSON.stringify(type)}): teach src/lib/cms/fields.ts`,
  );
}

function listField(
  collection: CollectionName,
  path: string,
  base: Omit<CmsField, 'widget'>,
  items: JsonObject,
  choices: EntityChoices,
): CmsField {
  const ref = items['$ref'];
  if (typeof ref === 'string') {
    const target = ID_REFS[ref];
    if (target === undefined) throw new Error(`the ${collection} field \`${path}\` refers to ${ref}, which the editor does not know`);
    // Every current id is a choice, labelled with its name: a misspelt id cannot be typed.
    const options = choices[target].map(({ id, name }) => ({ value: id, label: name === id ? id : `${name} (${id})` }));
    return { ...base, widget: 'select', multiple: true, options };
  }
  // A list of records (sources, corrections): one group of fields per item. Required flags inside are kept, since an
  // item exists only once the contributor adds it, unlike an optional group that Decap checks even when left empty.
  // `default: []`: without it Decap drafts a new entry with one blank item in a list of records, whose required
  // fields then block saving an article that cites no source.
  if (items['type'] === 'object') return { ...base, widget: 'list', default: [], fields: objectFields(collection, items, choices, path) };
  // One line per item, so an alias written in the object form ({ text, weak, … }) is kept as it is unless edited:
  // the item is not `required`, since Decap would reject such an item as an empty text; blank items are dropped
  // before saving (pre-save.ts).
  return { ...base, widget: 'list', field: { name: 'item', label: base.label, widget: 'string', required: false } };
}

function labelOf(path: string): string {
  const label = FIELD_LABELS[path];
  if (label === undefined) throw new Error(`the field \`${path}\` has no Arabic label: add one to FIELD_LABELS in src/lib/cms/labels.ts`);
  return label;
}

function hintOf(property: JsonObject): { hint?: string } {
  return typeof property['description'] === 'string' ? { hint: property['description'] } : {};
}

function defaultOf(property: JsonObject): { default?: string } {
  return typeof property['default'] === 'string' ? { default: property['default'] } : {};
}

function asObject(value: unknown, where: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`the editor schema of \`${where}\` is not an object`);
  return value as JsonObject;
}
