/**
 * Runs a frontmatter schema and turns each failure into a message for the
 * contributor, placed on the key or value they have to change.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { ParsedMarkdown } from './frontmatter.ts';
import { say, type Said } from '../messages/format.ts';
import { schemaSaid } from '../messages/schema-messages.ts';
import type { Position } from './problem.ts';

export interface FieldProblem {
  position: Position;
  /** The catalogue message; the loader makes the problem from it (problemFrom). */
  said: Said;
}

/** A problem at a position. */
export function fieldProblem(position: Position, said: Said): FieldProblem {
  return { position, said };
}

/** An example value for each field, shown when the field is missing. */
const EXAMPLES: Record<string, string> = {
  title: 'title: عنوان الخبر',
  date: 'date: 2020-10-26',
  summary: 'summary: جملة أو جملتان تلخصان الخبر.',
  name: 'name: الاسم بالعربية',
  kind: 'kind: person',
  signed: 'signed: 2020-10-23',
};

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: FieldProblem[] };

export function validateFrontmatter<S extends z.ZodType>(schema: S, parsed: ParsedMarkdown, data: unknown): Validated<z.output<S>> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [fieldProblem(parsed.locate([]), say('frontmatter-not-fields'))],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const known = knownKeys(schema);
  return { ok: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, parsed, known)) };
}

function describeIssue(issue: z.core.$ZodIssue, parsed: ParsedMarkdown, knownKeysOf: (path: readonly PropertyKey[]) => string[]): FieldProblem[] {
  const path = issue.path;
  const field = path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const candidates = knownKeysOf(path);
    return issue.keys.map((key) => {
      const suggestion = candidates.length > 0 ? closest(key, candidates) : undefined;
      return fieldProblem(parsed.locateKey(path, key), say('unknown-field', { key, suggestion: suggestion || undefined, fields: candidates }));
    });
  }
  if (path.length > 0 && !parsed.has(path) && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    const example = EXAMPLES[field] ?? `${field}: …`;
    return [fieldProblem(parsed.locate(path), say('missing-field', { field, example }))];
  }
  // A refusal the schema words through the catalogue is said in the run's language; any other (zod's own words) under one code.
  return [fieldProblem(parsed.locate(path), schemaSaid(issue.message, field) ?? say('invalid-value', { field, detail: issue.message }))];
}

/** The keys an object schema accepts at a path, for "did you mean" suggestions. */
function knownKeys(schema: z.ZodType): (path: readonly PropertyKey[]) => string[] {
  return (path) => {
    let current: unknown = schema;
    for (const segment of path) {
      // A number is a place in a list (sources, corrections): its keys are those of the list's items.
      current = typeof segment === 'number' ? elementOf(current) : shapeOf(current)?.[String(segment)];
      current = unwrap(current);
    }
    return Object.keys(shapeOf(current) ?? {});
  };
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  const def = (schema as { def?: { shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.shape;
}

function elementOf(schema: unknown): unknown {
  return (schema as { def?: { element?: unknown } } | undefined)?.def?.element;
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown; type?: string } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
