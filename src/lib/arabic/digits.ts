/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits, as an Arabic or Persian
 * keyboard types them, read as the ASCII digits the content format stores:
 * `٢٠٢١-٠٧-٣٠` is the day 2021-07-30. (The search normaliser folds them the
 * same way, src/lib/arabic/normalize.ts, inside its own table.)
 */

/** Every digit a contributor may type, for patterns that accept them (the editor schema). */
export const ANY_DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';

/** `text` with each Arabic-Indic and Persian digit replaced by its ASCII digit; everything else is kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}
