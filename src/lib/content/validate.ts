/**
 * Runs a frontmatter schema and turns each failure into a message for the
 * contributor, placed on the key or value they have to change.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { ParsedMarkdown } from './frontmatter.ts';
import type { Position } from './problem.ts';

interface FieldProblem {
  position: Position;
  message: string;
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
      problems: [{ position: parsed.locate([]), message: 'the frontmatter must be a list of `key: value` lines, such as `title: …`' }],
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
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `remove it`;
      return { position: parsed.locateKey(path, key), message: `unknown field \`${key}\`: ${hint} (fields here: ${candidates.join(', ')})` };
    });
  }
  if (path.length > 0 && !parsed.has(path) && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    const example = EXAMPLES[field] ?? `${field}: …`;
    return [{ position: parsed.locate(path), message: `the required field \`${field}\` is missing: add a line such as \`${example}\`` }];
  }
  return [{ position: parsed.locate(path), message: field ? `\`${field}\`: ${issue.message}` : issue.message }];
}

/** The keys an object schema accepts at a path, for "did you mean" suggestions. */
function knownKeys(schema: z.ZodType): (path: readonly PropertyKey[]) => string[] {
  return (path) => {
    let current: unknown = schema;
    for (const segment of path) {
      current = shapeOf(current)?.[String(segment)];
      current = unwrap(current);
    }
    return Object.keys(shapeOf(current) ?? {});
  };
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  const def = (schema as { def?: { shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.shape;
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown; type?: string } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
