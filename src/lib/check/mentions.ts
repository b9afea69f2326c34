/**
 * Warnings that keep frontmatter honest: an entity the text mentions but the
 * frontmatter does not list, and one listed but never mentioned.
 */
import type { ArticleEntry } from '../content/corpus.ts';
import { problemFrom } from '../content/problem.ts';
import type { EntityCollection } from '../content/schema.ts';
import { entityKey, type EntityKey } from '../entities/registry.ts';
import { say } from '../messages/format.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import type { Finding } from './held-back.ts';

export interface MissingEntity {
  collection: EntityCollection;
  id: string;
}

/** Entities an article mentions (body or title) that its frontmatter does not list, in order of first strong mention. */
export function missingFromFrontmatter(
  article: ArticleEntry,
  index: MentionIndex,
): Array<MissingEntity & { line: number; column: number; text: string }> {
  const indexed = index.articles.get(article.id);
  if (!indexed) return [];
  const listed = new Set<string>(indexed.named);
  const missing = new Map<string, MissingEntity & { line: number; column: number; text: string }>();
  for (const key of indexed.scan.title) {
    // Located only when needed: a kept frontmatter (frontmatter-memo.ts) parses its YAML again to say where.
    if (!listed.has(key) && !missing.has(key))
      missing.set(key, { ...split(key as EntityKey), ...article.locate(['title']), text: 'title' });
  }
  for (const mention of indexed.scan.body) {
    const existing = missing.get(mention.entity);
    // A weak name is never the evidence: it counts only because a strong one (or the title) is there too.
    if (mention.weak || listed.has(mention.entity) || (existing && existing.text !== 'title')) continue;
    missing.set(mention.entity, { ...split(mention.entity as EntityKey), line: mention.line, column: mention.column, text: mention.text });
  }
  return [...missing.values()];
}

/** The warnings, each with the entity it is about (held-back.ts holds it back while that entity has an error). */
export function checkMentions(articles: readonly ArticleEntry[], index: MentionIndex): Finding[] {
  const problems: Finding[] = [];
  for (const article of articles) {
    const indexed = index.articles.get(article.id);
    if (!indexed) continue;
    for (const missing of missingFromFrontmatter(article, index)) {
      const text = missing.text === 'title' ? undefined : missing.text;
      const problem = problemFrom(
        article.displayPath,
        missing,
        say('unlisted-mention', { text, collection: missing.collection, id: missing.id }),
      );
      problems.push({ problem, about: [entityKey(missing)] });
    }
    const mentioned = new Set<string>([...indexed.scan.title, ...indexed.scan.body.map((mention) => mention.entity)]);
    for (const field of ['actors', 'agreements'] as const) {
      article.data[field].forEach((id, position) => {
        const key = entityKey({ collection: field, id });
        // An unknown id is already an error; saying it is never mentioned would add nothing.
        if (mentioned.has(key) || !index.descriptions.has(key)) return;
        problems.push({
          problem: problemFrom(article.displayPath, article.locate([field, position]), say('unmentioned-id', { id, field })),
          about: [key],
        });
      });
    }
  }
  return problems;
}

function split(key: EntityKey): MissingEntity {
  const [collection, id] = key.split('/') as [EntityCollection, string];
  return { collection, id };
}
