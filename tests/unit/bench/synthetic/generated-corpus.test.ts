/**
 * The generated corpus against the project's own tools: the content check
 * and the mention index must agree with what the generator wrote.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/lib/arabic/normalize.ts';
import { checkContentRoot } from '../../../../src/lib/check/index.ts';
import { ENTITY_ID_PATTERN } from '../../../../src/lib/content/fields.ts';
import { formatProblem } from '../../../../src/lib/content/problem.ts';
import { ACTOR_KINDS, AGREEMENT_KINDS } from '../../../../src/lib/content/schema.ts';
import { writeCorpus } from '../../../../bench/synthetic/writer.ts';
import { surfaceForms } from '../../../../src/lib/entities/registry.ts';
import { loadSiteIndex } from '../../../../src/lib/site-index.ts';

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'marsad-corpus-'));
  writeCorpus({ articles: 60, entities: 40, out: root, seed: 7, force: false });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Words of a Markdown body: tokens with a letter or digit. */
function wordsIn(body: string): number {
  return body.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('a generated corpus of 60 articles and 40 entities', () => {
  it('passes the content check with no errors and no warnings', () => {
    const result = checkContentRoot(root);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.corpus.articles).toHaveLength(60);
    expect(result.corpus.actors.length + result.corpus.agreements.length).toBe(40);
  });

  it('lists in each frontmatter exactly the entities the mention index finds, two to eight of them', () => {
    const site = loadSiteIndex(root);
    expect(site.mentions.articles.size).toBe(60);
    for (const article of site.mentions.articles.values()) {
      const found = new Set([...article.scan.title, ...article.scan.body.map((mention) => mention.entity)]);
      expect([...found].sort(), article.id).toEqual([...new Set(article.named)].sort());
      expect(found.size).toBeGreaterThanOrEqual(2);
      expect(found.size).toBeLessThanOrEqual(8);
    }
  });

  it('has about 85% actors of all eight kinds and 15% agreements of all six kinds', () => {
    const { corpus } = loadSiteIndex(root);
    expect(corpus.actors).toHaveLength(34);
    expect(corpus.agreements).toHaveLength(6);
    expect(new Set(corpus.actors.map((actor) => actor.data.kind))).toEqual(new Set(ACTOR_KINDS));
    expect(new Set(corpus.agreements.map((agreement) => agreement.data.kind))).toEqual(new Set(AGREEMENT_KINDS));
  });

  it('gives every entity names that no other entity shares, none a single letter', () => {
    const { corpus } = loadSiteIndex(root);
    const owners = new Map<string, string>();
    for (const entity of [...corpus.actors, ...corpus.agreements]) {
      expect(entity.data.aliases.length).toBeLessThanOrEqual(3);
      for (const { form } of surfaceForms(entity)) {
        const key = normalize(form).trim();
        expect(key.replace(/[^\p{L}\p{N}]/gu, '').length, form).toBeGreaterThan(1);
        expect(owners.get(key), `${form} in ${entity.id}`).toBeUndefined();
        owners.set(key, entity.id);
      }
    }
  });

  it('names every file with a valid id, in articles/YYYY/MM/', () => {
    for (const folder of ['actors', 'agreements']) {
      for (const file of filesUnder(path.join(root, folder))) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    }
    for (const file of filesUnder(path.join(root, 'articles'))) {
      const [year, month, name] = file.split('/');
      expect(Number(year)).toBeGreaterThanOrEqual(2012);
      expect(Number(year)).toBeLessThanOrEqual(2021);
      expect(month).toMatch(/^(0[1-9]|1[0-2])$/);
      expect(name?.replace(/\.md$/, '')).toMatch(ENTITY_ID_PATTERN);
    }
  });

  it('writes article bodies of 300 to 1,500 words', () => {
    const { corpus } = loadSiteIndex(root);
    const counts = corpus.articles.map((article) => wordsIn(article.body));
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(300);
      expect(count).toBeLessThanOrEqual(1500);
    }
    // Varied, not one length for all.
    expect(Math.max(...counts) - Math.min(...counts)).toBeGreaterThan(400);
  });

  it('describes every entity in one or two paragraphs', () => {
    const { corpus } = loadSiteIndex(root);
    for (const entity of [...corpus.actors, ...corpus.agreements]) {
      const paragraphs = entity.body.trim().split(/\n\s*\n/);
      expect(paragraphs.length, entity.id).toBeGreaterThanOrEqual(1);
      expect(paragraphs.length, entity.id).toBeLessThanOrEqual(2);
    }
  });

  it('gives agreements a signing date and parties and witnesses among the actors', () => {
    const { corpus } = loadSiteIndex(root);
    const actorIds = new Set(corpus.actors.map((actor) => actor.id));
    for (const agreement of corpus.agreements) {
      expect(agreement.data.signed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(agreement.data.parties.length).toBeGreaterThanOrEqual(2);
      for (const id of [...agreement.data.parties, ...agreement.data.witnesses]) expect(actorIds.has(id)).toBe(true);
    }
  });
});
