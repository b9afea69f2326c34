/**
 * Scores the linker on a labelled content root (tests/fixtures/news-linking):
 * article bodies carry `[[text|entity-id]]` for a reference by name and
 * `[[text|-]]` for a look-alike. The labels are stripped into a copy of the
 * root, the site index is built from it as a build would, and every mention
 * it reports is compared with the labels.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteIndex } from '../../src/lib/site-index.ts';

const LABEL = /\[\[([^\]|]+)\|([^\]]+)\]\]/gu;

/** A labelled span in the stripped file: 1-based line, columns in UTF-16 units, end exclusive. */
export interface Label {
  article: string;
  line: number;
  column: number;
  endColumn: number;
  text: string;
  /** `actors/…` or `agreements/…`, or undefined for a look-alike. */
  entity: string | undefined;
}

export interface Found {
  article: string;
  line: number;
  column: number;
  endColumn: number;
  text: string;
  entity: string;
}

export interface Score {
  references: number;
  lookAlikes: number;
  truePositives: number;
  falsePositives: Found[];
  falseNegatives: Label[];
  precision: number;
  recall: number;
}

/** Strips the labels of every article into a fresh copy of the root and returns where they stood. */
export function stripLabels(root: string): { root: string; labels: Label[] } {
  const copy = mkdtempSync(path.join(tmpdir(), 'marsad-labelled-'));
  cpSync(root, copy, { recursive: true });
  const entityKeys = new Map<string, string>();
  for (const collection of ['actors', 'agreements']) {
    for (const file of readdirSync(path.join(root, collection)))
      entityKeys.set(file.replace(/\.md$/u, ''), `${collection}/${file.replace(/\.md$/u, '')}`);
  }
  const labels: Label[] = [];
  const articles = path.join(copy, 'articles');
  for (const relative of (readdirSync(articles, { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).sort()) {
    const file = path.join(articles, relative);
    const article = relative.replace(/\.md$/u, '').split(path.sep).join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    const stripped = lines.map((line, index) => {
      let out = '';
      let cursor = 0;
      for (const match of line.matchAll(LABEL)) {
        const [whole, text = '', id = ''] = match;
        out += line.slice(cursor, match.index);
        const entity = id === '-' ? undefined : entityKeys.get(id);
        if (id !== '-' && entity === undefined) throw new Error(`${relative}:${index + 1}: label names no entity: ${id}`);
        labels.push({ article, line: index + 1, column: out.length + 1, endColumn: out.length + 1 + text.length, text, entity });
        out += text;
        cursor = match.index + whole.length;
      }
      return out + line.slice(cursor);
    });
    writeFileSync(file, stripped.join('\n'));
  }
  return { root: copy, labels };
}

/** Builds the site index of a labelled root and compares its mentions with the labels. */
export function scoreLabelledRoot(labelledRoot: string): Score {
  const { root, labels } = stripLabels(labelledRoot);
  const site = loadSiteIndex(root, { maxAgeMs: 0 });
  const found: Found[] = [];
  for (const [article, indexed] of site.mentions.articles) {
    for (const mention of indexed.scan.body) {
      found.push({
        article,
        line: mention.line,
        column: mention.column,
        endColumn: mention.column + mention.text.length,
        text: mention.text,
        entity: mention.entity,
      });
    }
  }
  const references = labels.filter((label) => label.entity !== undefined);
  const overlaps = (a: { article: string; line: number; column: number; endColumn: number }, b: typeof a) =>
    a.article === b.article && a.line === b.line && a.column < b.endColumn && b.column < a.endColumn;
  const matched = new Set<Label>();
  const falsePositives: Found[] = [];
  for (const mention of found) {
    const label = references.find(
      (candidate) => !matched.has(candidate) && candidate.entity === mention.entity && overlaps(candidate, mention),
    );
    if (label) matched.add(label);
    else falsePositives.push(mention);
  }
  const falseNegatives = references.filter((label) => !matched.has(label));
  const truePositives = matched.size;
  return {
    references: references.length,
    lookAlikes: labels.length - references.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives.length),
    recall: truePositives / references.length,
  };
}
