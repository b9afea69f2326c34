/** What `npm run new` tells the contributor after it has run. */
import { displayPathOf } from '../content/corpus.ts';
import type { CreateResult } from './create.ts';
import type { NewKind } from './kinds.ts';
import { PLACEHOLDER_FIELDS } from './template.ts';

/** The lines to print for a successful run: the id used, the file, and what to do next. */
export function successLines(kind: NewKind, result: Extract<CreateResult, { ok: true }>): string[] {
  const lines: string[] = [];
  if (result.suggested) lines.push(`using id ${result.id}; pass --id to choose another`);
  lines.push(`wrote ${displayPathOf(result.file)}`);
  const fields = PLACEHOLDER_FIELDS[kind].map((field) => `\`${field}\``).join(', ');
  lines.push(`next: edit it (fill in ${fields} and replace the text), then npm run check`);
  // The committed editor schemas list every entity id; CI compares them with the content.
  if (kind !== 'article') lines.push('then npm run schema, so that editors offer the new id, and commit schemas/ with the file');
  return lines;
}
