/** JSON files as the exports write them: indented by two spaces, ending in a newline, like `npm run --silent mentions`. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The text of `jsonFile(value)` in parts: the fields of objects, and the
 * items of the arrays among them one at a time, so that an export of
 * hundreds of thousands of records (`/data/mentions.json`: 50 MB at 10,000
 * articles) is never built as one string. An array's items are written
 * whole, as `JSON.stringify` writes them.
 */
export function* jsonParts(value: unknown): Generator<string> {
  yield* partsOf(value, '');
  yield '\n';
}

/**
 * An array whose items are made as they are written (`jsonParts`), never all
 * held at once: the mentions of 100,000 articles are millions of records.
 * `JSON.stringify` writes it as the array of its items.
 */
export class JsonArray<T> {
  readonly #items: () => Iterable<T>;

  /** `items` is called each time the array is written, so a generator may make them. */
  constructor(items: () => Iterable<T>) {
    this.#items = items;
  }

  items(): Iterable<T> {
    return this.#items();
  }

  toJSON(): T[] {
    return [...this.#items()];
  }
}

export function jsonArray<T>(items: () => Iterable<T>): JsonArray<T> {
  return new JsonArray(items);
}

function* partsOf(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if ((Array.isArray(value) && value.length > 0) || value instanceof JsonArray) {
    let count = 0;
    for (const item of value instanceof JsonArray ? value.items() : (value as unknown[]))
      yield `${count++ === 0 ? '[' : ','}\n${inner}${whole(item, inner)}`;
    yield count === 0 ? '[]' : `\n${indent}]`;
    return;
  }
  const fields = isOpenable(value) ? Object.entries(value).filter(([, field]) => written(field)) : [];
  if (fields.length === 0) {
    yield whole(value, indent);
    return;
  }
  for (const [index, [key, field]] of fields.entries()) {
    yield `${index === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* partsOf(field, inner);
  }
  yield `\n${indent}}`;
}

/** A plain object, which `JSON.stringify` writes field by field (an object with `toJSON`, a date for one, is written as that gives). */
function isOpenable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** Whether an object's field is written at all: `JSON.stringify` leaves out undefined, functions and symbols. */
function written(field: unknown): boolean {
  return field !== undefined && typeof field !== 'function' && typeof field !== 'symbol';
}

/** A value as `JSON.stringify` indents it at this depth (in an array, what it cannot write is null). */
function whole(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}
