/**
 * The URLs of a `srcset` (or `imagesrcset`) value, following the HTML algorithm
 * closely enough that commas inside a URL (`a,b.png 1x`) or inside a descriptor's
 * parentheses do not split a candidate. Descriptors are not needed and dropped.
 */
const SPACE = /[ \t\n\r\f]/;

/** The image candidate URLs of `value`, in order. */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && (SPACE.test(value[at] ?? '') || value[at] === ',')) at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !SPACE.test(value[at] ?? '')) at++;
    let url = value.slice(start, at);
    if (url.endsWith(',')) {
      // A URL that ends in commas has no descriptors; the commas separate candidates.
      url = url.replace(/,+$/, '');
    } else {
      at = skipDescriptors(value, at);
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** From just after a URL to just past the comma that ends its descriptors. */
function skipDescriptors(value: string, from: number): number {
  let depth = 0;
  let at = from;
  for (; at < value.length; at++) {
    const char = value[at];
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (char === ',' && depth === 0) return at + 1;
  }
  return at;
}
