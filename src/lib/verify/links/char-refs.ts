/**
 * Decoding of character references in attribute values (`&amp;`, `&#1602;`, `&#x642;`).
 * Only the named references that occur in URLs and ids are known; any other
 * stays as written, which for a link check means at worst a false "broken"
 * report rather than a missed one.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Named references that HTML still decodes without their `;` (a subset of its legacy list). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z][A-Za-z0-9]*))(;?)/g;

/** `value` with its character references replaced by the characters they stand for. */
export function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    REFERENCE,
    (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string, offset: number) => {
      if (hex !== undefined || decimal !== undefined) return codePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? '', 10));
      const known = name === undefined ? undefined : NAMED[name];
      if (known === undefined) return whole;
      if (semicolon) return known;
      // In an attribute, `?a=1&amp=2` keeps `&amp` as written: HTML's rule for references without `;`.
      const following = value[offset + whole.length];
      if (!LEGACY.has(name ?? '') || (following !== undefined && /[A-Za-z0-9=]/.test(following))) return whole;
      return known;
    },
  );
}

function codePoint(code: number): string {
  const valid = Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}
