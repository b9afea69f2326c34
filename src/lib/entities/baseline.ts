/**
 * The matching contract stated a second way: one RegExp per pattern, with
 * lookbehind and lookahead for the word edges and an optional run of
 * separators wherever the form allows one, run one after another over the
 * normalised text. Cost grows with the number of forms. It exists to
 * benchmark against and to cross-check the automaton in property tests, so
 * it finds candidates on its own and shares only the rules applied after.
 */
import { normalizeWithMap } from '../arabic/normalize.ts';
import { compileForms, expandPatterns, Prefixing, SEPARATOR_CHARS, squeeze, type SurfaceForm } from './forms.ts';
import { admissible, candidateAt, finishMatches, type Candidate, type Match, type MatchContext, type Matcher } from './matcher.ts';

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const SEPARATOR_RUN = `[${SEPARATOR_CHARS.replace(/[\\\]\[^-]/g, '\\$&')}]*`;

export function createRegExpBaseline(forms: readonly SurfaceForm[]): Matcher {
  const { compiled } = compileForms(forms);
  const { patterns, uses } = expandPatterns(compiled);
  const regExps = patterns.flatMap((pattern, id) =>
    uses[id]!.map((use) => ({ use, regExp: patternRegExp(pattern, use.prefixing, use.gaps) })),
  );

  function findAll(text: string, context: MatchContext = {}): Match[] {
    const { text: normalizedText, sourceStart, sourceEnd } = normalizeWithMap(text);
    const view = { codes: codesOf(normalizedText), length: normalizedText.length, sourceStart, sourceEnd };
    const candidates: Candidate[] = [];
    for (const { use, regExp } of regExps) {
      regExp.lastIndex = 0;
      for (let found = regExp.exec(normalizedText); found !== null; found = regExp.exec(normalizedText)) {
        const start = found.index + found[1]!.length;
        const candidate = candidateAt(view.codes, start, start + found[2]!.length, use);
        if (candidate && admissible(compiled[use.formIndex]!, candidate, view, text, context)) candidates.push(candidate);
        // Step one character, not past the hit: overlapping occurrences are
        // candidates too. A whole code point, or a /u RegExp would step back into the pair.
        regExp.lastIndex = found.index + (normalizedText.codePointAt(found.index)! > 0xffff ? 2 : 1);
      }
    }
    return finishMatches(candidates, view, text, compiled);
  }

  return { findAll };
}

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) codes[index] = text.charCodeAt(index);
  return codes;
}

/** `(prefix)(body)` with the word edges around; the body lets separators stand where the gap mask allows. */
function patternRegExp(pattern: string, prefixing: Prefixing, gaps: Uint8Array): RegExp {
  const escape = (char: string) => char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  let body = '';
  let unit = 0;
  // Gaps are indexed by UTF-16 unit; the RegExp is written by code point.
  for (const char of squeeze(pattern)) {
    body += (unit > 0 && gaps[unit] === 1 ? SEPARATOR_RUN : '') + escape(char);
    unit += char.length;
  }
  const prefix = {
    [Prefixing.Plain]: '[وف]?[بكل]?',
    [Prefixing.Article]: '[وف]?[بك]?',
    [Prefixing.DoubleLam]: '[وف]?ل',
  }[prefixing];
  return new RegExp(`${NOT_WORD_BEFORE}(${prefix})(${body})${NOT_WORD_AFTER}`, 'gu');
}
