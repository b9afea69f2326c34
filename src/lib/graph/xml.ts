/** Numbers as they are written into SVG markup (text is escaped by `escapeXml` in ../format/xml.ts). */

/** A coordinate rounded to one decimal, never `-0`: the same layout always prints the same bytes. */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Rounds to one decimal, for values that are compared before they are printed. */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
