/** What `npm run new` tells the contributor after it has run. */
import { displayPathOf } from '../content/corpus.ts';
import type { Language } from '../config/language.ts';
import { messageLanguage } from '../messages/language.ts';
import type { CreateResult } from './create.ts';
import type { NewKind } from './kinds.ts';
import { PLACEHOLDER_FIELDS } from './template.ts';
import { NEW_WORDS } from './words.ts';

/** The lines to print for a successful run: the id used, the file, and what to do next. */
export function successLines(kind: NewKind, result: Extract<CreateResult, { ok: true }>, language: Language = messageLanguage()): string[] {
  const words = NEW_WORDS[language];
  const lines: string[] = [];
  if (result.suggested) lines.push(words.usingId(result.id));
  lines.push(words.wrote(displayPathOf(result.file)));
  const fields = PLACEHOLDER_FIELDS[kind].map((field) => `\`${field}\``).join(', ');
  lines.push(words.next(fields));
  // The committed editor schemas list every entity id; CI compares them with the content.
  if (kind !== 'article') lines.push(words.schemaNext);
  return lines;
}
