/**
 * Benchmark for mention matching: the Aho–Corasick matcher against one
 * RegExp per surface form, on generated Arabic text (bench/synthetic/matcher-text.ts).
 *
 *   npx tsx scripts/bench-mentions.ts [--mb 20] [--forms 10000] [--baseline-kb 200] [--seed 1]
 *
 * Everything is generated from a seeded PRNG, so runs are comparable across
 * machines and commits. Prints figures only; targets (≥ 100 MB/s, ≥ 100× the
 * baseline) are for humans to read, not asserted.
 */
import { parseArgs } from 'node:util';
import { generateMatcherCorpus, MatcherTextGenerator, sliceMatcherCorpus } from '../bench/synthetic/matcher-text.ts';
import { NormalizeBuffers, normalizeToCodes } from '../src/lib/arabic/normalize.ts';
import { createRegExpBaseline } from '../src/lib/entities/baseline.ts';
import { createMatcher, type Match, type Matcher } from '../src/lib/entities/matcher.ts';

interface Options {
  megabytes: number;
  formCount: number;
  baselineKilobytes: number;
  seed: number;
}

const TIMED_ROUNDS = 3;

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
  const generator = new MatcherTextGenerator(options.seed);

  let started = performance.now();
  const forms = generator.forms(options.formCount);
  const corpus = generateMatcherCorpus(generator, forms, options.megabytes);
  const generationSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const matcher = createMatcher(forms);
  const buildSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const baseline = createRegExpBaseline(forms);
  const baselineBuildSeconds = (performance.now() - started) / 1000;

  const warmUp = sliceMatcherCorpus(corpus, 2e6).articles;
  for (let round = 0; round < 3; round++) timeRun(matcher, warmUp);
  timeNormalization(warmUp);

  const normalizationSeconds = timeNormalization(corpus.articles, TIMED_ROUNDS);
  const full = timeRun(matcher, corpus.articles, TIMED_ROUNDS);

  const sample = sliceMatcherCorpus(corpus, options.baselineKilobytes * 1e3);
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
    [
      'Aho–Corasick (normalise + match)',
      megabytes.toFixed(2),
      String(forms.length),
      String(countMatches(full.results)),
      matcherSpeed.toFixed(1),
    ],
    ['  of which normalisation alone', megabytes.toFixed(2), '', '', (megabytes / normalizationSeconds).toFixed(1)],
    [
      'RegExp per form (baseline)',
      sampleMegabytes.toFixed(2),
      String(forms.length),
      String(countMatches(baselineRun.results)),
      baselineSpeed.toFixed(3),
    ],
    [
      'Aho–Corasick on the same sample',
      sampleMegabytes.toFixed(2),
      String(forms.length),
      String(countMatches(matcherOnSample.results)),
      (sampleMegabytes / matcherOnSample.seconds).toFixed(1),
    ],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  }
  console.log('');
  console.log(`speed-up over baseline: ${(matcherSpeed / baselineSpeed).toFixed(0)}×`);
  console.log(
    `baseline and matcher agree on the sample: ${agree ? 'yes' : 'NO'} (${countMatches(baselineRun.results)} vs ${countMatches(matcherOnSample.results)} matches)`,
  );
  console.log(
    `mentions inserted: ${corpus.mentions} (filler words sometimes equal short forms too); articles: ${corpus.articles.length}; MB = 10^6 UTF-8 bytes; best of ${TIMED_ROUNDS} runs`,
  );
  console.log(
    `build: matcher ${(buildSeconds * 1000).toFixed(0)} ms, baseline ${(baselineBuildSeconds * 1000).toFixed(0)} ms; generation ${generationSeconds.toFixed(1)} s; node ${process.version}`,
  );
}

main();
