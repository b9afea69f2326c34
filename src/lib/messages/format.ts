/**
 * Turns a code and its values into the words a contributor reads, in the
 * language of the run (language.ts).
 */
import { CATALOGUE, entryOf, type MessageCode, type ParamsOf } from './catalogue.ts';
import type { AnyEntry, NoParams, Severity } from './entry.ts';
import { messageLanguage, type Language } from './language.ts';

/** A message as said: its code, its severity and its words in one language. */
export interface Said {
  code: MessageCode;
  severity: Severity;
  title: string;
  /** What is wrong. */
  message: string;
  /** What to do. */
  hint: string;
}

/** The values a code needs, as the rest of `say`'s arguments: none for a code without parameters. */
export type ArgsOf<C extends MessageCode> = NoParams extends ParamsOf<C> ? [] : [params: ParamsOf<C>];

/** The message of `code` in the language of this run. */
export function say<C extends MessageCode>(code: C, ...args: ArgsOf<C>): Said {
  return sayIn(messageLanguage(), code, ...args);
}

/** The message of `code` in a given language. */
export function sayIn<C extends MessageCode>(language: Language, code: C, ...args: ArgsOf<C>): Said {
  return render(code, CATALOGUE[code], args[0] ?? {}, language);
}

/**
 * Renders an entry with values typed by `say`, or with the entry's own sample.
 * The wordings are seen here as taking `never` (AnyEntry), so they are called
 * through one widening: `say`'s signature is what ties a code to its values.
 */
export function render(code: MessageCode, entry: AnyEntry, params: object, language: Language): Said {
  const wording = entry[language];
  const call = (part: (params: never) => string) => (part as (params: object) => string)(params);
  return { code, severity: entry.severity, title: wording.title, message: call(wording.message), hint: call(wording.hint) };
}

/** An entry rendered with its sample values, for the table of messages and the tests. */
export function sample(code: MessageCode, language: Language): Said {
  const entry = entryOf(code);
  return render(code, entry, entry.sample, language);
}

/**
 * Message and hint as one text. English messages are clauses joined as
 * "what: what to do"; Arabic ones are sentences that end in their own
 * punctuation and follow each other after a space.
 */
export function messageText(said: Pick<Said, 'message' | 'hint'>): string {
  if (said.hint === '') return said.message;
  return /[.!?؟:]$/u.test(said.message) ? `${said.message} ${said.hint}` : `${said.message}: ${said.hint}`;
}
