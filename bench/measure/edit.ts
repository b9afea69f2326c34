/**
 * The edit an incremental rebuild is measured with: one article's title gains
 * a marker. Titles show on the article and on every page that lists it (its
 * entities' pages, the timeline, feeds), so the marker proves those pages
 * were rebuilt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ArticleEdit {
  file: string;
  marker: string;
  /** Puts the file back as it was. */
  undo: () => void;
}

export function editArticleTitle(file: string, marker: string): ArticleEdit {
  const original = readFileSync(file, 'utf8');
  const edited = original.replace(/^title: .*$/m, (line) => `title: ${JSON.stringify(`${String(parse(line).title)} ${marker}`)}`);
  if (edited === original) throw new Error(`${file} has no title line to edit`);
  writeFileSync(file, edited);
  return { file, marker, undo: () => writeFileSync(file, original) };
}
