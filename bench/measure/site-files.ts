/** What the bench reads back from a built site: page counts, page weights, an article to edit. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../../src/lib/content/frontmatter.ts';

export function htmlFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).map((name) => path.join(root, name));
}

export function meanFileBytes(files: readonly string[]): number {
  if (files.length === 0) return 0;
  return files.reduce((total, file) => total + statSync(file).size, 0) / files.length;
}

export interface ArticleFile {
  file: string;
  /** `2019/03/some-article` */
  id: string;
  /** `actors/x`, `agreements/y`: the entity pages that list this article. */
  entities: string[];
}

/** The middle article (by file name) that lists at least one entity: the same one on every run over a corpus. */
export function articleToEdit(contentRoot: string): ArticleFile {
  const folder = path.join(contentRoot, 'articles');
  const names = (readdirSync(folder, { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).sort();
  const middle = Math.floor(names.length / 2);
  for (const name of [...names.slice(middle), ...names.slice(0, middle)]) {
    const file = path.join(folder, name);
    const { data } = parseMarkdown(readFileSync(file, 'utf8'));
    const entities = ['actors', 'agreements'].flatMap((collection) => listOf(data, collection).map((id) => `${collection}/${id}`));
    if (entities.length > 0) return { file, id: name.slice(0, -'.md'.length).split(path.sep).join('/'), entities };
  }
  throw new Error(`no article in ${folder} lists an entity`);
}

function listOf(data: unknown, key: string): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
