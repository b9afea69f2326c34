/**
 * Word endings that are Arabic grammar, not spelling: a name's nisba
 * (ليبيا → ليبي), its feminine (ليبية, روسية), dual and plural endings
 * (ليبيان, ليبيات) and attached pronouns (باشاغاه, أردوغانك). A near-miss
 * check must not take these for typos of the name.
 */
import { codesOf, type Edit, type Letters } from './one-edit.ts';

/**
 * Letters that end an Arabic word as a suffix, in normalised spelling (ة is
 * ه, ى is ي): ي nisba and "my"; ه feminine and "his"; ا accusative, dual and
 * plural verbs; ن dual and plural (-ان -ين -ون); ت feminine plural (-ات);
 * و plural (-وا -ون); ك "your". One letter is all a single edit can add.
 */
const SUFFIX_LETTERS = 'يهانتوك';

const SUFFIX_CODES: ReadonlySet<number> = new Set(codesOf(SUFFIX_LETTERS));

/**
 * Is this edit of `target` into `word` only a grammatical ending: a suffix
 * letter added at the end, the target's final suffix letter dropped, or its
 * final letter changed into a suffix letter (تركيا → تركية, تركي)?
 */
export function isGrammaticalEnding(edit: Edit, word: Letters, target: Letters, targetLength: number = target.length): boolean {
  const last = targetLength - 1;
  switch (edit.kind) {
    case 'insert':
      return edit.index === targetLength && SUFFIX_CODES.has(word[edit.index]!);
    case 'delete':
      return edit.index === last && SUFFIX_CODES.has(target[last]!);
    case 'substitute':
      return edit.index === last && SUFFIX_CODES.has(word[last]!);
    case 'transpose':
      return false;
  }
}
