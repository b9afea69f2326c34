/**
 * What a few hundred generated articles contain: every shape of mention the
 * matching contract allows, and the Markdown and metadata variety the brief
 * asks for. Generated in memory, without writing files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/lib/arabic/normalize.ts';
import { generateArticle, type GeneratedArticle } from '../../../../bench/synthetic/article.ts';
import { generateEntities } from '../../../../bench/synthetic/entities.ts';
import type { CorpusEntity } from '../../../../bench/synthetic/entity.ts';
import { fillerWords } from '../../../../bench/synthetic/filler.ts';
import { EntityPool } from '../../../../bench/synthetic/pool.ts';
import { Rng } from '../../../../bench/synthetic/rng.ts';
import { createMatcher, type Match } from '../../../../src/lib/entities/matcher.ts';

const SEED = 11;
const ARTICLES = 400;

let entities: CorpusEntity[] = [];
let articles: GeneratedArticle[] = [];
/** Every mention in the Arabic bodies, with the text it was found in. */
const mentions: Array<{ match: Match; text: string }> = [];

beforeAll(() => {
  entities = generateEntities(150, SEED, fillerWords());
  const pool = new EntityPool(entities, new Rng(SEED));
  articles = Array.from({ length: ARTICLES }, (_, index) => generateArticle(index, SEED, pool));
  const matcher = createMatcher(
    entities.flatMap((entity) =>
      [entity.name, ...(entity.nameEn ? [entity.nameEn] : []), ...entity.aliases].map((form) => ({ form, key: entity.id })),
    ),
  );
  for (const article of articles.filter((candidate) => candidate.lang === 'ar')) {
    for (const match of matcher.findAll(article.body)) mentions.push({ match, text: article.body });
  }
});

const share = (predicate: (article: GeneratedArticle) => boolean) => articles.filter(predicate).length / articles.length;

describe('mentions in generated Arabic text', () => {
  const written = ({ match, text }: { match: Match; text: string }) => text.slice(match.start, match.end);
  const prefix = ({ match, text }: { match: Match; text: string }) => text.slice(match.tokenStart, match.start);
  const startsWithArticle = ({ match }: { match: Match }) => normalize(match.form).startsWith('ال');

  it('carry every proclitic: و ف ب ك ل, وال and بال before ال, and لل', () => {
    const plain = new Set(mentions.filter((mention) => !startsWithArticle(mention)).map(prefix));
    const withArticle = new Set(mentions.filter(startsWithArticle).map(prefix));
    for (const proclitic of ['و', 'ف', 'ب', 'ك', 'ل']) expect(plain.has(proclitic), proclitic).toBe(true);
    // و and ب before an ال form make وال and بال; ل before one is written لل (the prefix is its first ل).
    for (const proclitic of ['و', 'ب', 'ل']) expect(withArticle.has(proclitic), `${proclitic} + ال`).toBe(true);
  });

  it('are sometimes written with vowel marks, tatweel, another alef, Arabic-Indic digits or across a line break', () => {
    const shapes = mentions.map(written);
    expect(shapes.some((text) => /[\u064B-\u0652]/u.test(text))).toBe(true);
    expect(shapes.some((text) => text.includes('ـ'))).toBe(true);
    expect(shapes.some((text) => /[٠-٩]/u.test(text))).toBe(true);
    expect(shapes.some((text) => text.includes('\n'))).toBe(true);
    const otherAlef = mentions.filter(({ match, text }) => {
      const shape = text.slice(match.start, match.end);
      return (/[أإآ]/u.test(match.form) && !/[أإآ]/u.test(shape)) || (!/[أإآ]/u.test(match.form) && /[أإ]/u.test(shape));
    });
    expect(otherAlef.length).toBeGreaterThan(0);
  });

  it('mostly use plain spelling: variations are sprinkled, not everywhere', () => {
    const marked = mentions.filter((mention) => /[\u064B-\u0652\u0640]/u.test(written(mention))).length;
    expect(marked / mentions.length).toBeLessThan(0.3);
  });

  it('use both names and aliases', () => {
    const byEntity = new Map(entities.map((entity) => [entity.id, entity]));
    const aliasUses = mentions.filter(({ match }) => byEntity.get(match.key)?.name !== match.form).length;
    expect(aliasUses / mentions.length).toBeGreaterThan(0.15);
    expect(aliasUses / mentions.length).toBeLessThan(0.7);
  });
});

describe('generated articles', () => {
  it('are in English about 3% of the time, with Latin names only', () => {
    const english = articles.filter((article) => article.lang === 'en');
    expect(english.length / articles.length).toBeGreaterThan(0.005);
    expect(english.length / articles.length).toBeLessThan(0.07);
    for (const article of english) expect(article.body).not.toMatch(/[\u0600-\u06FF]/u);
  });

  it('are drafts about 1% of the time', () => {
    expect(share((article) => article.draft)).toBeGreaterThan(0);
    expect(share((article) => article.draft)).toBeLessThan(0.04);
  });

  it('use headings, lists, block quotes, tables and inline code, each in some articles only', () => {
    const features: Record<string, RegExp> = {
      heading: /^## \S/m,
      list: /^(- |\d+\. )\S/m,
      quote: /^> \S/m,
      table: /^\| --- \|/m,
      code: /`[A-Z]+-\d{4}-\d{4}`/,
    };
    for (const [name, pattern] of Object.entries(features)) {
      const used = share((article) => pattern.test(article.body));
      expect(used, name).toBeGreaterThan(0.01);
      expect(used, name).toBeLessThan(0.95);
    }
  });

  it('are dated over the whole decade 2012–2021', () => {
    const years = new Set(articles.map((article) => Number(article.date.slice(0, 4))));
    expect([...years].sort()).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
  });

  it('vary in length between 300 and 1,500 words', () => {
    const words = articles.map((article) => article.words);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(1500);
    expect(words.filter((count) => count < 600).length).toBeGreaterThan(0);
    expect(words.filter((count) => count > 1200).length).toBeGreaterThan(0);
  });
});
