/** Reads a file's text as contributors write it: a BOM and CRLF line endings are accepted. */
export function normalizeNewlines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
