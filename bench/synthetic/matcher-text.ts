/**
 * Random Arabic-looking text for the matcher benchmark (`npm run bench:mentions`):
 * made-up words of Arabic letters, surface forms of 1–4 such words (some with
 * ال), and articles in which about 3 % of the word slots carry one of the
 * forms as an article might write it, with proclitics, diacritics and
 * tatweel. Unlike the corpus generator (writer.ts) it makes no content files
 * and no sense: only text with a known density of mentions. Everything comes
 * from one seeded stream, so the same seed gives the same text.
 */
import { normalize } from '../../src/lib/arabic/normalize.ts';
import type { SurfaceForm } from '../../src/lib/entities/matcher.ts';
import { seededRandom } from './random.ts';

/** Share of word slots that receive a surface form. */
const MENTION_RATE = 0.03;
/** Chance that a letter of an inserted form carries a diacritic / is followed by tatweel. */
const DIACRITIC_RATE = 0.12;
const TATWEEL_RATE = 0.01;
const ARTICLE_FORM_SHARE = 0.3;
const FILLER_VOCABULARY = 4000;
const TARGET_ARTICLE_BYTES = 12_000;

const LETTERS = 'ابتثجحخدذرسشصضطعغفقكلمنهوياأإلمنرتيهوابسعدقكل';
const DIACRITICS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064C', '\u064D'];
const FUNCTION_WORDS = [
  'في',
  'من',
  'على',
  'إلى',
  'أن',
  'التي',
  'الذي',
  'عن',
  'مع',
  'هذا',
  'هذه',
  'بين',
  'قد',
  'كان',
  'بعد',
  'قبل',
  'حيث',
  'كما',
];
const PLAIN_PREFIXES = ['', '', '', '', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'فب', 'فك'];
const ARTICLE_PREFIXES = ['', '', '', '', 'و', 'ف', 'ب', 'ك', 'وب', 'فك', 'لل', 'ولل', 'فلل'];
const PUNCTUATION = ['،', '.', '؛', ':', '»', '«'];

/** One seeded stream of words, surface forms and articles. */
export class MatcherTextGenerator {
  readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  word(): string {
    const length = this.int(3, 7);
    let word = '';
    for (let k = 0; k < length; k++) word += this.pick([...LETTERS]);
    if (this.chance(0.15)) word += 'ة';
    else if (this.chance(0.05)) word += 'ى';
    return word;
  }

  /** Distinct (after normalisation) surface forms of 1–4 words, some with ال. */
  forms(count: number): SurfaceForm[] {
    const seen = new Set<string>();
    const forms: SurfaceForm[] = [];
    while (forms.length < count) {
      const words = Array.from({ length: this.int(1, 4) }, () => this.word());
      if (this.chance(ARTICLE_FORM_SHARE)) words[0] = `ال${words[0]}`;
      const form = words.join(' ');
      const normalized = normalize(form);
      if (seen.has(normalized)) continue;
      seen.add(normalized);
      forms.push({ form, key: `entities/e${forms.length}` });
    }
    return forms;
  }

  /** Write a form as an article might: proclitics, some diacritics and tatweel. */
  mention(form: string): string {
    const isArticle = form.startsWith('ال');
    const prefix = this.pick(isArticle ? ARTICLE_PREFIXES : PLAIN_PREFIXES);
    const body = isArticle && prefix.endsWith('لل') ? form.slice(2) : form;
    let written = prefix.endsWith('لل') ? prefix.slice(0, -1) : prefix;
    written += prefix.endsWith('لل') ? 'ل' : '';
    for (const char of body) {
      written += char;
      if (char === ' ') continue;
      if (this.chance(DIACRITIC_RATE)) written += this.pick(DIACRITICS);
      if (this.chance(TATWEEL_RATE)) written += 'ـ';
    }
    return written;
  }

  article(vocabulary: readonly string[], forms: readonly SurfaceForm[]): { text: string; mentions: number } {
    const paragraphs: string[] = [];
    let mentions = 0;
    let bytes = 0;
    while (bytes < TARGET_ARTICLE_BYTES) {
      const words: string[] = [];
      const wordCount = this.int(40, 120);
      for (let k = 0; k < wordCount; k++) {
        if (this.chance(MENTION_RATE)) {
          words.push(this.mention(this.pick(forms).form));
          mentions++;
        } else {
          words.push(this.pick(vocabulary));
        }
        if (this.chance(0.08)) words.push(this.pick(PUNCTUATION));
        else if (this.chance(0.01)) words.push('\n');
      }
      const paragraph = words.join(' ');
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
    }
    return { text: paragraphs.join('\n\n'), mentions };
  }
}

export interface MatcherCorpus {
  articles: string[];
  bytes: number;
  /** Forms inserted; NaN for a slice, whose count is unknown. */
  mentions: number;
}

/** Articles of about 12 KB each, adding up to at least `megabytes` (10^6 UTF-8 bytes). */
export function generateMatcherCorpus(generator: MatcherTextGenerator, forms: readonly SurfaceForm[], megabytes: number): MatcherCorpus {
  const vocabulary = [...FUNCTION_WORDS];
  for (let k = 0; k < FILLER_VOCABULARY; k++) vocabulary.push(generator.chance(0.3) ? `ال${generator.word()}` : generator.word());
  const articles: string[] = [];
  let bytes = 0;
  let mentions = 0;
  while (bytes < megabytes * 1e6) {
    const article = generator.article(vocabulary, forms);
    articles.push(article.text);
    bytes += Buffer.byteLength(article.text, 'utf8');
    mentions += article.mentions;
  }
  return { articles, bytes, mentions };
}

/** Leading articles adding up to at least `bytes`. */
export function sliceMatcherCorpus(corpus: MatcherCorpus, bytes: number): MatcherCorpus {
  const articles: string[] = [];
  let total = 0;
  for (const article of corpus.articles) {
    if (total >= bytes) break;
    articles.push(article);
    total += Buffer.byteLength(article, 'utf8');
  }
  return { articles, bytes: total, mentions: Number.NaN };
}
