/**
 * Lays a Marsad content folder out as the `content/` of the Hugo reference
 * site in `bench/hugo/`: articles are copied as they are (their `actors` and
 * `agreements` lists are Hugo taxonomies), and each entity becomes its
 * taxonomy term's `_index.md`, so a term page carries the entity's name and
 * description as the Marsad entity page does.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../../src/lib/content/frontmatter.ts';

export interface HugoContentSummary {
  articles: number;
  terms: number;
}

export function writeHugoContent(contentRoot: string, hugoContent: string): HugoContentSummary {
  rmSync(hugoContent, { recursive: true, force: true });
  mkdirSync(hugoContent, { recursive: true });
  cpSync(path.join(contentRoot, 'articles'), path.join(hugoContent, 'articles'), { recursive: true });
  const articles = readdirSync(path.join(hugoContent, 'articles'), { recursive: true }).filter((name) =>
    String(name).endsWith('.md'),
  ).length;
  let terms = 0;
  for (const taxonomy of ['actors', 'agreements']) {
    const folder = path.join(contentRoot, taxonomy);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
      const { data, body } = parseMarkdown(readFileSync(path.join(folder, file), 'utf8'));
      const name = typeof data === 'object' && data !== null && 'name' in data ? String(data.name) : file;
      const termFolder = path.join(hugoContent, taxonomy, file.slice(0, -'.md'.length));
      mkdirSync(termFolder, { recursive: true });
      writeFileSync(path.join(termFolder, '_index.md'), `---\ntitle: ${JSON.stringify(name)}\n---\n\n${body.trimStart()}`);
      terms += 1;
    }
  }
  return { articles, terms };
}
