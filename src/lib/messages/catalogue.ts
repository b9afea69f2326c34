/**
 * Every problem `npm run check` reports, once, by its code.
 *
 * The code scheme: a short English slug in kebab-case (`unknown-id`), shown
 * at the end of each report line as `[unknown-id]`, as compilers show a
 * warning's flag. A slug says what it is to whoever reads a log, is the same
 * whatever the language of the message, can be searched for in
 * CONTRIBUTING.md and in the code, and needs no registry of numbers: the
 * object keys below are the registry. A code is never renamed nor given to
 * another problem; one that goes away is listed in RETIRED_CODES, so that an
 * old log still means what it meant.
 */
import type { AnyEntry, MessageEntry } from './entry.ts';
import { CHECK_MESSAGES } from './entries/check.ts';
import { CORRECTION_MESSAGES } from './entries/corrections.ts';
import { FIELD_MESSAGES } from './entries/fields.ts';
import { FILE_MESSAGES } from './entries/files.ts';
import { FRONTMATTER_MESSAGES } from './entries/frontmatter.ts';
import { NAME_MESSAGES } from './entries/names.ts';
import { REDIRECT_MESSAGES } from './entries/redirects.ts';
import { REFERENCE_MESSAGES } from './entries/references.ts';
import { TEXT_MESSAGES } from './entries/text.ts';

/** The codes of each area file, in table order. */
type AreaKeys = [
  keyof typeof FILE_MESSAGES,
  keyof typeof FRONTMATTER_MESSAGES,
  keyof typeof FIELD_MESSAGES,
  keyof typeof CORRECTION_MESSAGES,
  keyof typeof REFERENCE_MESSAGES,
  keyof typeof REDIRECT_MESSAGES,
  keyof typeof NAME_MESSAGES,
  keyof typeof TEXT_MESSAGES,
  keyof typeof CHECK_MESSAGES,
];

/** The codes that two area files both define; a spread would silently keep the later one, so this must be `never`. */
type Clash<Keys extends readonly PropertyKey[], Seen extends PropertyKey = never> = Keys extends readonly [
  infer Head extends PropertyKey,
  ...infer Rest extends readonly PropertyKey[],
]
  ? (Head & Seen) | Clash<Rest, Seen | Head>
  : never;

/** Fails to compile, naming the code, when one is defined twice. */
const NO_CODE_TWICE: [Clash<AreaKeys>] extends [never] ? true : Clash<AreaKeys> = true;
void NO_CODE_TWICE;

export const CATALOGUE = {
  ...FILE_MESSAGES,
  ...FRONTMATTER_MESSAGES,
  ...FIELD_MESSAGES,
  ...CORRECTION_MESSAGES,
  ...REFERENCE_MESSAGES,
  ...REDIRECT_MESSAGES,
  ...NAME_MESSAGES,
  ...TEXT_MESSAGES,
  ...CHECK_MESSAGES,
} satisfies Record<string, AnyEntry>;

export type MessageCode = keyof typeof CATALOGUE;

/** The parameters a code's message needs. */
export type ParamsOf<C extends MessageCode> = (typeof CATALOGUE)[C] extends MessageEntry<infer P> ? P : never;

/** Codes once used and since withdrawn: never to be given to another problem. */
export const RETIRED_CODES: readonly string[] = [];

/** Every code, in table order (by area, then as written). */
export const MESSAGE_CODES = Object.keys(CATALOGUE) as MessageCode[];

/** The entry of a code, seen as any entry: for code that walks the catalogue. */
export function entryOf(code: MessageCode): AnyEntry {
  return CATALOGUE[code];
}
