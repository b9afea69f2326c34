/** Every word running text can contain: the Arabic and English pools. Names keep clear of these (reserved.ts). */
import { ReservedWords } from './reserved.ts';
import { ARABIC } from './vocabulary-ar.ts';
import { ENGLISH } from './vocabulary-en.ts';

/** Every template of both grammars (placeholders are ignored when reading words from them). */
export function fillerTexts(): string[] {
  return [ARABIC, ENGLISH].flatMap((grammar) => Object.values(grammar).flat());
}

let reserved: ReservedWords | undefined;

/** The reserved words of the two vocabularies, built once. */
export function fillerWords(): ReservedWords {
  return (reserved ??= new ReservedWords(fillerTexts()));
}
