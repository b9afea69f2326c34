/**
 * `npm run bench:article`: the time each per-article stage of a build takes,
 * per megabyte of article, for generated articles of 10 KB, 100 KB and
 * 800 KB (bench/synthetic/long-article.ts: Arabic news prose naming قطر and
 * حكومة الوفاق about 36 times per kilobyte). A stage whose cost is linear in
 * the article has about the same figure in every column; one that grows
 * with the square of it has a figure 80 times larger at 800 KB than at 10 KB.
 *
 *   npx tsx scripts/bench-article-size.ts [--shape paragraphs|one-line|one-paragraph|all] [--sizes 10,100,800]
 *
 * Two layouts by default: paragraphs of ~250 words, and the whole text on one
 * line (one paragraph), where anything per block or per line is at its worst.
 * Prints figures only.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleStages } from '../bench/measure/article-stages.ts';
import { longArticle, type ArticleShape } from '../bench/synthetic/long-article.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';
import { readSiteSettings } from '../src/lib/config/site-settings.ts';

const SHAPES: readonly ArticleShape[] = ['paragraphs', 'one-line', 'one-paragraph'];
/** Each figure is the median of this many timed runs, after one untimed run. */
const RUNS = 5;
/** Small articles are run repeatedly within one timed run, until it lasts this long, so the timer's grain does not matter. */
const MIN_RUN_MS = 50;

const { values } = parseArgs({
  options: { shape: { type: 'string', default: 'paragraphs,one-line' }, sizes: { type: 'string', default: '10,100,800' } },
});
const shapes = values.shape === 'all' ? SHAPES : SHAPES.filter((shape) => values.shape.split(',').includes(shape));
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((kb) => kb > 0);

// One content root holding the demo registry and every generated article, so one site index (and one linker) serves them all.
const root = mkdtempSync(path.join(tmpdir(), 'marsad-article-size-'));
for (const folder of ['actors', 'agreements']) cpSync(path.resolve('content', folder), path.join(root, folder), { recursive: true });
mkdirSync(path.join(root, 'articles'), { recursive: true });
for (const shape of shapes)
  for (const kb of sizes) writeFileSync(path.join(root, 'articles', `${shape}-${kb}kb.md`), longArticle(kb * 1000, shape).file);

const settings = readSiteSettings({});
const site = loadSiteIndex(root, { maxAgeMs: 0 });

/** Median milliseconds of one run of `work`. */
async function time(work: () => unknown): Promise<number> {
  await work();
  let repeat = 1;
  const started = performance.now();
  await work();
  const once = performance.now() - started;
  if (once < MIN_RUN_MS) repeat = Math.ceil(MIN_RUN_MS / Math.max(once, 0.01));
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let index = 0; index < repeat; index++) await work();
    runs.push((performance.now() - start) / repeat);
  }
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

const pad = (text: string, width: number) => text.padEnd(width);
const figure = (value: number) => value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0).padStart(9);

for (const shape of shapes) {
  const rows = new Map<string, number[]>();
  const header: string[] = [];
  for (const kb of sizes) {
    const article = site.articles.get(`${shape}-${kb}kb`);
    if (!article) throw new Error(`the generated article ${shape}-${kb}kb was not read`);
    const megabytes = Buffer.byteLength(article.body) / 1e6;
    const mentions = site.mentions.articles.get(article.id)?.scan.body.length ?? 0;
    header.push(`${kb} KB (${mentions} mentions)`);
    for (const stage of articleStages(site, article, settings, root)) {
      const perMegabyte = (await time(() => stage.run())) / megabytes;
      rows.set(stage.name, [...(rows.get(stage.name) ?? []), perMegabyte]);
    }
  }
  console.log(`\n${shape}: milliseconds per MB of article (same figure in every column = linear)`);
  console.log(`${pad('stage', 36)}${sizes.map((kb) => `${kb} KB`.padStart(9)).join('')}   ${sizes.at(-1)}/${sizes[0]}`);
  for (const [name, perMegabyte] of rows) {
    const ratio = (perMegabyte.at(-1) ?? 0) / Math.max(perMegabyte[0] ?? 0, 1e-9);
    console.log(`${pad(name, 36)}${perMegabyte.map(figure).join('')}   ${ratio.toFixed(2)}×`);
  }
  const total = sizes.map((_, column) => [...rows.values()].reduce((sum, perMegabyte) => sum + (perMegabyte[column] ?? 0), 0));
  console.log(
    `${pad('all stages', 36)}${total.map(figure).join('')}   ${((total.at(-1) ?? 0) / Math.max(total[0] ?? 0, 1e-9)).toFixed(2)}×`,
  );
  console.log(`  (${header.join(', ')})`);
}

rmSync(root, { recursive: true, force: true });
