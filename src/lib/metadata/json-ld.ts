/**
 * JSON-LD values and their serialisation for a `<script type="application/ld+json">`.
 * Content (titles, names) goes into it verbatim, so the serialisation is what
 * keeps a title such as `</script><script>…` from ending the element.
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Optional fields as builders write them: absent, or an empty list, means "leave the property out". */
export type JsonFields = Record<string, JsonValue | undefined>;

/** Drops the properties that are undefined or empty lists, so no consumer reads `"sameAs": []` as a claim. */
export function compact(fields: JsonFields): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result;
}

/**
 * JSON safe to place inside a `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026`, so no `</script` or `<!--` can occur in the output,
 * and U+2028/U+2029 are escaped for consumers that evaluate it as JavaScript.
 * Every JSON parser reads the escapes back as the original characters.
 */
export function serializeJsonLd(value: JsonValue): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
