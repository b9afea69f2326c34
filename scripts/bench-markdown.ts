/**
 * `npm run bench:markdown`: Markdown rendering time per article under Astro's
 * two processors, each bare and with the entity linker, on the content root.
 * Prints figures only.
 */
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';
import type { EntityLinkOptions } from '../src/lib/linking/plan.ts';
import { remarkEntityLinks } from '../src/lib/linking/remark.ts';
import { satteriEntityLinks } from '../src/lib/linking/satteri.ts';

const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 20;
const root = resolveContentRoot();
const site = loadSiteIndex(root);
const documents = site.corpus.articles.map((article) => ({
  body: article.body,
  url: pathToFileURL(article.file),
  frontmatter: { ...article.data },
}));
const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.body), 0);

const linkOptions: EntityLinkOptions = { site: () => site, contentRoot: root, basePath: '/', mode: 'first' };
const renderers: Array<[string, MarkdownRenderer]> = [
  ['Sätteri, no linker', await createSatteriMarkdownProcessor({ syntaxHighlight: false })],
  [
    'Sätteri + satteriEntityLinks',
    await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [satteriEntityLinks(linkOptions)] }),
  ],
  ['unified, no linker', await createMarkdownProcessor({ syntaxHighlight: false })],
  [
    'unified + remarkEntityLinks',
    await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkEntityLinks, linkOptions]] }),
  ],
];

async function measure(renderer: MarkdownRenderer): Promise<{ msPerArticle: number; links: number }> {
  let links = 0;
  for (const document of documents) await renderer.render(document.body, { fileURL: document.url, frontmatter: document.frontmatter });
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const document of documents) {
      const { code } = await renderer.render(document.body, { fileURL: document.url, frontmatter: document.frontmatter });
      if (pass === 0) links += code.split('class="entity-link"').length - 1;
    }
  }
  return { msPerArticle: (performance.now() - started) / (passes * documents.length), links };
}

console.log(`${documents.length} articles, ${(bytes / 1024).toFixed(0)} KB of Markdown, ${passes} passes`);
console.log('processor                        ms/article   entity links');
const results: Record<string, number> = {};
for (const [name, renderer] of renderers) {
  const { msPerArticle, links } = await measure(renderer);
  results[name] = msPerArticle;
  console.log(`${name.padEnd(32)} ${msPerArticle.toFixed(3).padStart(10)}   ${String(links).padStart(12)}`);
}
const ratio = (results['unified + remarkEntityLinks'] ?? 0) / (results['Sätteri + satteriEntityLinks'] ?? 1);
console.log(`unified + linker takes ${ratio.toFixed(1)}× the time of Sätteri + linker`);
