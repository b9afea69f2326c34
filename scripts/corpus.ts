/**
 * `npm run corpus -- --articles N --entities M --out DIR [--seed S] [--force]`:
 * writes a synthetic Arabic corpus in Marsad's content format (bench/synthetic).
 * The same arguments always give byte-identical files.
 */
import path from 'node:path';
import { parseCorpusArgs, USAGE } from '../bench/synthetic/options.ts';
import { CorpusError, writeCorpus } from '../bench/synthetic/writer.ts';

try {
  const options = parseCorpusArgs(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
  } else {
    const started = performance.now();
    const summary = writeCorpus({ ...options, out: path.resolve(options.out) });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `wrote ${summary.files} files (${summary.articles} articles, ${summary.actors} actors, ${summary.agreements} agreements; ` +
        `${summary.words} words) to ${options.out}: ${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`,
    );
  }
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  console.error(`corpus: ${error.message}`);
  process.exitCode = 1;
}
