/**
 * The response of a data export, its body encoded as Astro reads it: Astro
 * collects an endpoint's body into one buffer, so a body made as one string
 * is held twice over (the string, in two bytes a character for Arabic, then
 * its UTF-8), and the exports were the build's largest single allocation
 * (about 300 MB at 10,000 articles). Parts are encoded in batches, each
 * made only when the reader asks for more.
 */

/** Characters encoded at once: large enough that batching costs nothing, small enough to be a small part of the file. */
const BATCH_CHARS = 1 << 16;

export function downloadResponse(parts: Iterable<string>, contentType: string): Response {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        batch += next.value;
        if (batch.length >= BATCH_CHARS) {
          controller.enqueue(encoder.encode(batch));
          return;
        }
      }
      if (batch.length > 0) controller.enqueue(encoder.encode(batch));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
