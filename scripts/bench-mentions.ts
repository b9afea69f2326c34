/**
 * Benchmark for mention matching: the Aho–Corasick matcher against one
 * RegExp per surface form, on generated Arabic text.
 *
 *   npx tsx scripts/bench-mentions.ts [--mb 20] [--forms 10000] [--baseline-kb 200] [--seed 1]
 *
 * Everything is generated from a seeded PRNG, so runs are comparable across
 * machines and commits. Prints figures only; targets (≥ 100 MB/s, ≥ 100× the
 * baseline) are for humans to read, not asserted.
 */
import { parseArgs } from 'node:util';
import { normalize, NormalizeBuffers, normalizeToCodes } from '../src/lib/arabic/normalize.ts';
import { createRegExpBaseline } from '../src/lib/entities/baseline.ts';
import { createMatcher, type Match, type Matcher, type SurfaceForm } from '../src/lib/entities/matcher.ts';
import { seededRandom } from '../src/lib/bench/random.ts';

interface Options {
  megabytes: number;
  formCount: number;
  baselineKilobytes: number;
  seed: number;
}

/** Share of word slots that receive a surface form. */
const MENTION_RATE = 0.03;
/** Chance that a letter of an inserted form carries a diacritic / is followed by tatweel. */
const DIACRITIC_RATE = 0.12;
const TATWEEL_RATE = 0.01;
const ARTICLE_FORM_SHARE = 0.3;
const FILLER_VOCABULARY = 4000;
const TARGET_ARTICLE_BYTES = 12_000;
const TIMED_ROUNDS = 3;

const LETTERS = 'ابتثجحخدذرسشصضطعغفقكلمنهوياأإلمنرتيهوابسعدقكل';
const DIACRITICS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064C', '\u064D'];
const FUNCTION_WORDS = ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'بين', 'قد', 'كان', 'بعد', 'قبل', 'حيث', 'كما'];
const PLAIN_PREFIXES = ['', '', '', '', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'فب', 'فك'];
const ARTICLE_PREFIXES = ['', '', '', '', 'و', 'ف', 'ب', 'ك', 'وب', 'فك', 'لل', 'ولل', 'فلل'];
const PUNCTUATION = ['،', '.', '؛', ':', '»', '«'];

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '20' },
      forms: { type: 'string', default: '10000' },
      'baseline-kb': { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
    },
  });
  const positive = (name: string, raw: string): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
    return value;
  };
  return {
    megabytes: positive('mb', values.mb),
    formCount: Math.floor(positive('forms', values.forms)),
    baselineKilobytes: positive('baseline-kb', values['baseline-kb']),
    seed: Math.floor(positive('seed', values.seed)),
  };
}

class Generator {
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

interface Corpus {
  articles: string[];
  bytes: number;
  mentions: number;
}

function generateCorpus(generator: Generator, forms: readonly SurfaceForm[], megabytes: number): Corpus {
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
function sliceCorpus(corpus: Corpus, bytes: number): Corpus {
  const articles: string[] = [];
  let total = 0;
  for (const article of corpus.articles) {
    if (total >= bytes) break;
    articles.push(article);
    total += Buffer.byteLength(article, 'utf8');
  }
  return { articles, bytes: total, mentions: Number.NaN };
}

/** Best of `rounds` runs: the minimum is the figure least disturbed by GC and other processes. */
function timeRun(matcher: Matcher, articles: readonly string[], rounds = 1): { seconds: number; results: Match[][] } {
  let seconds = Number.POSITIVE_INFINITY;
  let results: Match[][] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    results = articles.map((article) => matcher.findAll(article));
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { seconds, results };
}

/** Normalisation alone, reusing buffers as the matcher does. */
function timeNormalization(articles: readonly string[], rounds = 1): number {
  const buffers = new NormalizeBuffers();
  let seconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const article of articles) normalizeToCodes(article, buffers);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return seconds;
}

const countMatches = (results: readonly Match[][]): number => results.reduce((sum, matches) => sum + matches.length, 0);

function main(): void {
  const options = parseOptions();
  const generator = new Generator(options.seed);

  let started = performance.now();
  const forms = generator.forms(options.formCount);
  const corpus = generateCorpus(generator, forms, options.megabytes);
  const generationSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const matcher = createMatcher(forms);
  const buildSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const baseline = createRegExpBaseline(forms);
  const baselineBuildSeconds = (performance.now() - started) / 1000;

  const warmUp = sliceCorpus(corpus, 2e6).articles;
  for (let round = 0; round < 3; round++) timeRun(matcher, warmUp);
  timeNormalization(warmUp);

  const normalizationSeconds = timeNormalization(corpus.articles, TIMED_ROUNDS);
  const full = timeRun(matcher, corpus.articles, TIMED_ROUNDS);

  const sample = sliceCorpus(corpus, options.baselineKilobytes * 1e3);
  baseline.findAll(sample.articles[0]!.slice(0, 2000));
  // One round only: the baseline takes seconds per 100 KB.
  const baselineRun = timeRun(baseline, sample.articles);
  const matcherOnSample = timeRun(matcher, sample.articles, TIMED_ROUNDS);
  const agree = JSON.stringify(baselineRun.results) === JSON.stringify(matcherOnSample.results);

  const megabytes = corpus.bytes / 1e6;
  const sampleMegabytes = sample.bytes / 1e6;
  const matcherSpeed = megabytes / full.seconds;
  const baselineSpeed = sampleMegabytes / baselineRun.seconds;

  const rows: Array<[string, string, string, string, string]> = [
    ['', 'text (MB)', 'forms', 'matches', 'MB/s'],
    ['Aho–Corasick (normalise + match)', megabytes.toFixed(2), String(forms.length), String(countMatches(full.results)), matcherSpeed.toFixed(1)],
    ['  of which normalisation alone', megabytes.toFixed(2), '', '', (megabytes / normalizationSeconds).toFixed(1)],
    ['RegExp per form (baseline)', sampleMegabytes.toFixed(2), String(forms.length), String(countMatches(baselineRun.results)), baselineSpeed.toFixed(3)],
    ['Aho–Corasick on the same sample', sampleMegabytes.toFixed(2), String(forms.length), String(countMatches(matcherOnSample.results)), (sampleMegabytes / matcherOnSample.seconds).toFixed(1)],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  }
  console.log('');
  console.log(`speed-up over baseline: ${(matcherSpeed / baselineSpeed).toFixed(0)}×`);
  console.log(`baseline and matcher agree on the sample: ${agree ? 'yes' : 'NO'} (${countMatches(baselineRun.results)} vs ${countMatches(matcherOnSample.results)} matches)`);
  console.log(
    `mentions inserted: ${corpus.mentions} (filler words sometimes equal short forms too); articles: ${corpus.articles.length}; MB = 10^6 UTF-8 bytes; best of ${TIMED_ROUNDS} runs`,
  );
  console.log(
    `build: matcher ${(buildSeconds * 1000).toFixed(0)} ms, baseline ${(baselineBuildSeconds * 1000).toFixed(0)} ms; generation ${generationSeconds.toFixed(1)} s; node ${process.version}`,
  );
}

main();
