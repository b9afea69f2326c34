/**
 * `npm run check`: validate the content root without building. Exit 1 on any error.
 * `npm run check -- --fix`: first add to each article's frontmatter the entities its text mentions.
 * `MARSAD_LANG=ar|en` chooses the language of the messages (default: the locale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { addIdsToFrontmatter, type IdAdditions } from '../src/lib/check/fix.ts';
import { checkContentRoot } from '../src/lib/check/index.ts';
import { missingFromFrontmatter } from '../src/lib/check/mentions.ts';
import { reportLines } from '../src/lib/check/report.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { runCommand } from '../src/lib/content/failure.ts';
import { messageLanguage } from '../src/lib/messages/language.ts';
import { fixedLine } from '../src/lib/messages/summary.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';

await runCommand('npm run check', () => {
  const root = resolveContentRoot();

  if (process.argv.includes('--fix')) {
    const site = loadSiteIndex(root);
    for (const article of site.corpus.articles) {
      const additions: IdAdditions = {};
      for (const { collection, id } of missingFromFrontmatter(article, site.mentions)) (additions[collection] ??= []).push(id);
      if (Object.keys(additions).length === 0) continue;
      const source = readFileSync(article.file, 'utf8');
      const fixed = addIdsToFrontmatter(source, additions);
      if (fixed === source) continue;
      writeFileSync(article.file, fixed);
      console.log(fixedLine(article.displayPath, additions, messageLanguage()));
    }
  }

  const result = checkContentRoot(root);
  for (const line of reportLines(result, { github: process.env['GITHUB_ACTIONS'] === 'true' })) console.log(line);
  process.exitCode = result.errorCount > 0 ? 1 : 0;
});
