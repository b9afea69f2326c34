/**
 * Why the generator knows exactly which entities an article mentions.
 *
 * Running text is built only from the vocabularies, and names only from
 * words those vocabularies never use. So a name's first and last words can
 * only come from a mention, and a match can never start or end in filler
 * text (docs/matching.md, rules 2–4). The exceptions are a few English
 * connectors (`of`, `and`, `for`) allowed inside names: text never puts two
 * mentions apart by connectors alone (see `needsSeparator`).
 */
import { normalize } from '../../src/lib/arabic/normalize.ts';

/** Words that may join the words of an English name and also appear in text. */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for']);

/** Filler numbers stay below this; numbers in names (resolutions, units) start at it. */
export const FIRST_NAME_NUMBER = 3000;

/**
 * Arabic function words, refused as names by the checker (src/lib/check/names.ts);
 * kept here too so a generated name can never be one, whatever the filler uses.
 */
const FUNCTION_WORDS = (
  'في من على إلى عن مع أن إن لا ما لم لن قد ثم أو أم بل حتى التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هؤلاء أولئك ' +
  'هو هي هم هن نحن أنا أنت كان كانت يكون ليس كل بعض غير عند بين فوق تحت قبل بعد منذ خلال حول ضد لدى لكن إذا إذ كما أي كيف متى أين'
).split(' ');

const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;
const PLACEHOLDER = /\{[^}]*\}/g;

/** The words of a text as the matcher compares them: normalised, split on anything but letters and digits. */
export function tokensOf(text: string): string[] {
  return normalize(text)
    .split(TOKEN_SEPARATOR)
    .filter((token) => token !== '');
}

const PLAIN_PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
const ARTICLE_PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'وب', 'وك', 'فب', 'فك'];
const DOUBLE_LAM_PREFIXES = ['ل', 'ول', 'فل'];

/**
 * Every way a normalised form can be written with its attached prefixes
 * (docs/matching.md, rule 3). Two entities whose writings overlap could be
 * confused in text, so names are claimed by all their writings.
 */
export function writings(normalizedForm: string): string[] {
  if (!normalizedForm.startsWith('ال')) return PLAIN_PREFIXES.map((prefix) => prefix + normalizedForm);
  const rest = normalizedForm.slice(1);
  return [...ARTICLE_PREFIXES.map((prefix) => prefix + normalizedForm), ...DOUBLE_LAM_PREFIXES.map((prefix) => prefix + rest)];
}

/** What a written token could be once attached prefixes are taken off (itself included). */
export function cores(token: string): string[] {
  const found = new Set([token]);
  for (const prefix of PLAIN_PREFIXES) {
    if (prefix !== '' && token.length > prefix.length + 1 && token.startsWith(prefix)) found.add(token.slice(prefix.length));
  }
  for (const prefix of DOUBLE_LAM_PREFIXES) {
    const rest = token.slice(prefix.length);
    if (rest.startsWith('ل') && rest.length > 1) found.add(`ا${rest}`);
  }
  return [...found];
}

/** The words running text may contain; names must keep clear of them. */
export class ReservedWords {
  private readonly words = new Set<string>();

  /** `texts` are vocabulary entries; `{…}` placeholders in them are ignored. */
  constructor(texts: Iterable<string>) {
    for (const text of [...texts, ...FUNCTION_WORDS]) {
      for (const token of tokensOf(text.replace(PLACEHOLDER, ' '))) {
        for (const core of cores(token)) this.words.add(core);
      }
    }
  }

  has(token: string): boolean {
    if (/^\d+$/.test(token)) return Number(token) < FIRST_NAME_NUMBER;
    return this.words.has(token);
  }

  /** Why `form` cannot be a name, or undefined when it can. */
  problemWith(form: string): string | undefined {
    const tokens = tokensOf(form);
    const letters = tokens.join('').length;
    if (letters < 2) return 'shorter than two letters';
    for (const [index, token] of tokens.entries()) {
      const edge = index === 0 || index === tokens.length - 1;
      if (edge && CONNECTORS.has(token)) return `starts or ends with the connector "${token}"`;
      if (this.has(token) && !(CONNECTORS.has(token) && !edge)) return `"${token}" is a word of running text`;
    }
    return undefined;
  }
}

/**
 * Whether two mentions with `between` between them (in one text) must be
 * kept apart by punctuation: when nothing but connectors separates them, a
 * longer name could otherwise span both.
 */
export function needsSeparator(between: string): boolean {
  if (/[.,،؛:;!?«»()"“”]/u.test(between)) return false;
  return tokensOf(between).every((token) => CONNECTORS.has(token));
}
