/**
 * Messages for the content schema (src/lib/content/fields.ts, schema.ts,
 * date-range.ts). Zod keeps one string per refusal, made once when the
 * schema is built, and Astro shows that string as it is; the language of a
 * check is chosen at each run. So the schema holds the English text, made
 * here, and validate.ts finds the code and values behind it again
 * (schemaSaid) to say it in the run's language, with the field it was found
 * in. Two refusals with the same English text say the same thing, so one
 * entry per text is enough.
 *
 *   z.boolean({ error: schemaMessage('not-true-false', { what: 'draft' }) })
 *   ctx.addIssue({ code: 'custom', message: schemaMessage('no-such-day', { day }) })
 */
import { entryOf, type MessageCode, type ParamsOf } from './catalogue.ts';
import type { NoParams } from './entry.ts';
import { messageText, render, type Said } from './format.ts';
import { messageLanguage } from './language.ts';

/** Codes whose message names a field: the ones a schema can raise. */
export type SchemaCode = { [C in MessageCode]: ParamsOf<C> extends { field: string } ? C : never }[MessageCode];

/** A schema code's values, without the field: the schema does not know where it is used. */
export type SchemaParams<C extends SchemaCode> = Omit<ParamsOf<C>, 'field'>;

interface Tagged {
  code: SchemaCode;
  params: object;
}

/** English text → what it says. Grows with each distinct refused value (a bad date); a check refuses few. */
const TAGGED = new Map<string, Tagged>();

/** The English text a schema holds for a refusal, remembered so that validate.ts can say it in any language. */
export function schemaMessage<C extends SchemaCode>(
  code: C,
  ...args: NoParams extends SchemaParams<C> ? [] : [params: SchemaParams<C>]
): string {
  const params: object = args[0] ?? {};
  const text = messageText(render(code, entryOf(code), { ...params, field: '' }, 'en'));
  TAGGED.set(text, { code, params });
  return text;
}

/** What a schema's refusal says, in the run's language, at `field`; undefined for a text not made by schemaMessage. */
export function schemaSaid(text: string, field: string): Said | undefined {
  const tagged = TAGGED.get(text);
  return tagged === undefined ? undefined : render(tagged.code, entryOf(tagged.code), { ...tagged.params, field }, messageLanguage());
}
