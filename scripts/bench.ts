/**
 * `npm run bench [-- --huge] [--only N] [--no-hugo] [--no-rebuild] [--no-search] [--heap MB] [--json FILE]`: builds generated
 * corpora of 1,000 and 10,000 articles with 1,000 entities (`--huge` adds
 * 100,000 with 5,000) and prints, per corpus, wall time and peak memory per
 * stage; then a one-article rebuild; then, as the reference, the same
 * articles built by Hugo (bench/hugo) and indexed by Pagefind's CLI.
 * Everything is written under .bench/ (ignored by git).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { editArticleTitle } from '../bench/measure/edit.ts';
import { searchFinds } from '../bench/measure/search-finds.ts';
import { writeHugoContent } from '../bench/measure/hugo-content.ts';
import { measure, type Measurement } from '../bench/measure/measure.ts';
import { canMeasureMemory } from '../bench/measure/process-tree.ts';
import { formatCorpusResult, hugoTotalMs, type CorpusResult } from '../bench/measure/report.ts';
import { articleToEdit, htmlFiles, meanFileBytes } from '../bench/measure/site-files.ts';
import { writeCorpus } from '../bench/synthetic/writer.ts';

const { values } = parseArgs({
  options: {
    huge: { type: 'boolean', default: false },
    // Node's heap limit for the archives that need a larger one (below), to weigh memory against time.
    heap: { type: 'string', default: '6144' },
    'no-hugo': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    // Pagefind keeps the whole index in memory; past what the machine holds, measure the rest of the build alone.
    'no-search': { type: 'boolean', default: false },
    only: { type: 'string' },
    json: { type: 'string', default: '.bench/bench.json' },
  },
});

/** Archives beyond this many articles need a larger Node heap than the default. */
const LARGE_ARCHIVE = 40_000;
const LARGE_HEAP_MB = Number(values.heap);
if (!Number.isInteger(LARGE_HEAP_MB) || LARGE_HEAP_MB < 1024) {
  console.error(`bench: --heap takes megabytes, a whole number from 1024 (got "${values.heap}")`);
  process.exit(1);
}

const root = process.cwd();
const work = path.join(root, '.bench');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = path.join(root, 'node_modules/.bin/pagefind');
const corpora = [
  { articles: 1_000, entities: 1_000 },
  { articles: 10_000, entities: 1_000 },
  ...(values.huge ? [{ articles: 100_000, entities: 5_000 }] : []),
].filter(({ articles }) => values.only === undefined || String(articles) === values.only);

if (!canMeasureMemory()) {
  console.error('bench: memory is read from /proc; run the bench on Linux');
  process.exit(1);
}
const hugoVersion = values['no-hugo'] ? undefined : commandVersion('hugo', ['version']);
if (!values['no-hugo'] && hugoVersion === undefined) {
  console.error('bench: Hugo is the reference and is not installed: `apt-get install hugo` (Debian), or pass --no-hugo');
  process.exit(1);
}

mkdirSync(work, { recursive: true });
const results: CorpusResult[] = [];
for (const size of corpora) {
  const result = await benchCorpus(size.articles, size.entities);
  results.push(result);
  console.log(`\n${formatCorpusResult(result)}\n`);
}
printGrowth(results);
writeFileSync(values.json, `${JSON.stringify({ machine: machine(), hugo: hugoVersion, results }, null, 2)}\n`);
console.log(`figures written to ${values.json}`);

async function benchCorpus(articles: number, entities: number): Promise<CorpusResult> {
  const name = `${articles}-${entities}`;
  const content = path.join(work, `corpus-${name}`);
  const dist = path.join(work, `marsad-${name}`);
  const cache = path.join(work, `cache-${name}`);
  console.log(`\ngenerating ${articles} articles and ${entities} entities in ${path.relative(root, content)}`);
  writeCorpus({ articles, entities, out: content, seed: 1, force: true });

  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, MARSAD_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  if (values['no-search']) env['MARSAD_SEARCH_INDEX'] = 'off';
  if (articles > LARGE_ARCHIVE) {
    // Node's default heap limit (about 4.5 GB here) is below what the mention index of 100,000 articles holds.
    env['NODE_OPTIONS'] = [process.env['NODE_OPTIONS'], `--max-old-space-size=${LARGE_HEAP_MB}`].filter(Boolean).join(' ');
    console.log(`building with ${env['NODE_OPTIONS']}`);
  }
  const build = (label: string) =>
    measure(process.execPath, [astro, 'build', '--outDir', dist], {
      cwd: root,
      env,
      label,
      traceFile: path.join(work, `trace-${name}.jsonl`),
    });

  console.log('building with Marsad (cold cache)');
  const marsad = succeeded(await build('Marsad'));
  const articleFiles = htmlFiles(path.join(dist, 'articles'));
  const result: CorpusResult = {
    articles,
    entities,
    marsad,
    pages: { marsad: htmlFiles(dist).length },
    articleHtmlBytes: { marsad: meanFileBytes(articleFiles) },
  };

  if (values['no-rebuild']) return withHugo(result, content, name);
  const target = articleToEdit(content);
  // A word no other page has: the search check finds the article by it alone.
  const word = `r${Date.now().toString(36)}`;
  const edit = editArticleTitle(target.file, `(مراجعة ${word})`);
  try {
    console.log(`rebuilding after an edit to ${target.id}`);
    const rebuilt = succeeded(await build('Marsad, one article edited'));
    // The article's page, and each entity's news, which may run over several pages (news/2/, news/3/…).
    const dependents = [`articles/${target.id}`, ...target.entities].map((page) => htmlFiles(path.join(dist, page)));
    const showEdit = dependents.every((files) => files.some((file) => readFileSync(file, 'utf8').includes(edit.marker)));
    const searchFindsEdit = values['no-search'] ? undefined : await searchFinds(dist, word, `articles/${target.id}`);
    result.incremental = { ...rebuilt, editedPagesShowEdit: showEdit, editedPages: dependents.length, searchFindsEdit };
  } finally {
    edit.undo();
  }

  return withHugo(result, content, name);
}

async function withHugo(result: CorpusResult, content: string, name: string): Promise<CorpusResult> {
  if (hugoVersion !== undefined) {
    const site = path.join(work, `hugo-${name}`);
    rmSync(site, { recursive: true, force: true });
    cpSync(path.join(root, 'bench/hugo'), site, { recursive: true });
    writeHugoContent(content, path.join(site, 'content'));
    const publicDir = path.join(site, 'public');
    console.log('building with Hugo, then Pagefind');
    result.hugo = succeeded(
      await measure('hugo', ['--quiet', '--source', site, '--destination', publicDir], { cwd: site, env: process.env, label: 'Hugo' }),
    );
    if (!values['no-search']) {
      result.hugoPagefind = succeeded(
        await measure(pagefind, ['--site', publicDir, '--force-language', 'ar', '--silent'], {
          cwd: site,
          env: process.env,
          label: 'Pagefind',
        }),
      );
    }
    result.pages.hugo = htmlFiles(publicDir).length;
    result.articleHtmlBytes.hugo = meanFileBytes(
      htmlFiles(path.join(publicDir, 'articles')).filter((file) => !file.includes(`${path.sep}page${path.sep}`)),
    );
  }
  return result;
}

function succeeded(run: Measurement): Measurement {
  if (run.exitCode === 0) return run;
  // The stages it reached, and their memory, say what stopped it.
  const stages = run.stages
    .map((stage) => `  ${stage.stage}: ${(stage.ms / 1000).toFixed(1)} s, peak ${(stage.peakRss / 1024 ** 3).toFixed(2)} GB`)
    .join('\n');
  console.error(
    `bench: ${run.label} failed (exit ${run.exitCode}) after ${(run.ms / 1000).toFixed(1)} s, peak ${(run.peakRss / 1024 ** 3).toFixed(2)} GB:\n${stages}\n${run.outputTail}`,
  );
  process.exit(1);
}

function printGrowth(all: readonly CorpusResult[]): void {
  const byArticles = new Map(all.map((result) => [result.articles, result]));
  const ten = byArticles.get(10_000);
  const hundred = byArticles.get(100_000);
  if (ten && hundred)
    console.log(`100,000 / 10,000 articles: ${(hundred.marsad.ms / ten.marsad.ms).toFixed(1)}× the time (linear would be 10×)`);
  for (const result of all) {
    const reference = hugoTotalMs(result);
    if (reference !== undefined)
      console.log(`${result.articles} articles: Marsad / (Hugo + Pagefind) = ${(result.marsad.ms / reference).toFixed(2)}×`);
  }
}

function commandVersion(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  const cpus = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length;
  const memory = readFileSync('/proc/meminfo', 'utf8').match(/^MemTotal:\s+(\d+)/m)?.[1];
  return { node: process.version, cpus, memoryGb: memory ? Math.round(Number(memory) / 1024 ** 2) : undefined };
}
