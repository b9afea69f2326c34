/**
 * The shape of one catalogue entry: what a problem is called and how it is
 * said, in Arabic and in English, as functions of typed parameters, so a
 * message cannot be written without the values it names.
 */
import type { Language } from './language.ts';

export type Severity = 'error' | 'warning';

/** Where in a contributor's work the problem lies; orders the table in CONTRIBUTING.md. */
type Area = 'files' | 'frontmatter' | 'fields' | 'references' | 'names' | 'text';

/** The parameters of a message that needs none. */
export type NoParams = Record<never, never>;

interface Wording<P> {
  /** A few words naming the problem, for the table of messages. */
  title: string;
  /** What is wrong, with the values that say which (an id, a field, a date). */
  message: (params: P) => string;
  /** What to do about it. */
  hint: (params: P) => string;
}

export interface MessageEntry<P extends object> extends Record<Language, Wording<P>> {
  /** Every occurrence has this severity: a contributor looking a code up learns whether it stops the build. */
  severity: Severity;
  area: Area;
  /** Values for the table of messages and for the test that renders every entry. */
  sample: P;
}

/** Any entry, for code that walks the whole catalogue (the table, the tests) and never calls it with its own values. */
export interface AnyEntry extends Record<Language, Wording<never>> {
  severity: Severity;
  area: Area;
  sample: object;
}

/** Declares an entry; `P` is spelt out at each entry so that its wordings and sample are checked against it. */
export function entry<P extends object = NoParams>(definition: MessageEntry<P>): MessageEntry<P> {
  return definition;
}

/** `x` as Arabic prose quotes a value (Latin quotes: the value itself is what the contributor types). */
export const q = (value: string | number): string => `"${value}"`;

/** `x` as code, the way both languages name a field or a command. */
export const code = (value: string | number): string => `\`${value}\``;
