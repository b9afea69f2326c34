import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import type { Matcher } from '../../../src/lib/entities/matcher.ts';
import { buildRegistry, createEntityMatcher } from '../../../src/lib/entities/registry.ts';
import { buildMentionIndex, type ScanCache } from '../../../src/lib/mentions/mention-index.ts';
import { mentionRecords } from '../../../src/lib/mentions/records.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const article = (title: string, date: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: ملخص.\n${extra}---\n\n${body}\n`;

const root = makeContentRoot({
  ...VALID_FILES,
  'articles/2020/10/qatar-mou-breach.md': article(
    'قوات حفتر تعد المذكرة خرقا',
    '2020-10-26',
    'قالت قوات حفتر إن مذكرة قطر خرق.\n\nوأضافت أن قطر تدعم طرفاً.',
    'actors: [libyan-national-army, qatar]\n',
  ),
  'articles/2020/11/later.md': article('متابعة', '2020-11-02', 'ردّت قطر على البيان.'),
  'articles/2019/01/named-only.md': article('خبر قديم', '2019-01-05', 'نص لا يذكر أحداً.', 'actors: [qatar]\n'),
  'articles/2021/01/draft.md': article('مسودة', '2021-01-01', 'قطر في مسودة.', 'draft: true\n'),
});
const corpus = loadCorpus(root);
const matcher = createEntityMatcher(buildRegistry(corpus));

describe('backlinks', () => {
  const index = buildMentionIndex(corpus, matcher);
  it('list every published article that mentions or names the entity, newest first, with counts and the first snippet', () => {
    expect(
      index.backlinks('actors/qatar').map(({ article, count, named, snippet }) => ({ article, count, named, match: snippet?.match })),
    ).toEqual([
      { article: '2020/11/later', count: 1, named: false, match: 'قطر' },
      { article: '2020/10/qatar-mou-breach', count: 2, named: true, match: 'قطر' },
      { article: '2019/01/named-only', count: 0, named: true, match: undefined },
    ]);
  });
  it('drafts never appear on entity pages, but stay in the index', () => {
    expect(index.backlinks('actors/qatar').some(({ article }) => article === '2021/01/draft')).toBe(false);
    expect(index.articles.has('2021/01/draft')).toBe(true);
  });
  it('a title mention counts', () => {
    expect(index.backlinks('actors/libyan-national-army')[0]).toMatchObject({
      article: '2020/10/qatar-mou-breach',
      inTitle: true,
      count: 1,
    });
  });
  it('co-mentioned entities are ranked by shared articles', () => {
    expect(index.coMentioned('actors/libyan-national-army')).toEqual([{ entity: 'actors/qatar', shared: 1 }]);
    expect(index.coMentioned('actors/qatar')[0]).toEqual({ entity: 'actors/libyan-national-army', shared: 1 });
  });
  it('co-mentions are counted once and kept read-only, since every page asks again', () => {
    const first = index.coMentioned('actors/qatar');
    expect(index.coMentioned('actors/qatar')).toBe(first);
    expect(Object.isFrozen(first) && first.every((entry) => Object.isFrozen(entry))).toBe(true);
    expect(index.coMentioned('actors/nobody')).toEqual([]);
  });
});

describe('the scan cache', () => {
  it('scans each document once per content hash', () => {
    let calls = 0;
    const counting: Matcher = { findAll: (text) => (calls++, matcher.findAll(text)) };
    const cache: ScanCache = new Map();
    buildMentionIndex(corpus, counting, cache, 'g1');
    const first = calls;
    buildMentionIndex(corpus, counting, cache, 'g1');
    expect(calls).toBe(first);
    buildMentionIndex(corpus, counting, cache, 'g2');
    expect(calls).toBe(first * 2);
  });
});

describe('mention records', () => {
  it('one record per body mention, by article then position, with file lines', () => {
    const records = mentionRecords(buildMentionIndex(corpus, matcher)).filter(({ article }) => article === '2020/10/qatar-mou-breach');
    expect(records).toEqual([
      { article: '2020/10/qatar-mou-breach', entity: 'actors/libyan-national-army', line: 8, column: 6, text: 'قوات حفتر' },
      { article: '2020/10/qatar-mou-breach', entity: 'actors/qatar', line: 8, column: 25, text: 'قطر' },
      { article: '2020/10/qatar-mou-breach', entity: 'actors/qatar', line: 10, column: 11, text: 'قطر' },
    ]);
  });
});

describe('the shared site index', () => {
  it('is reused while fresh and rebuilt when a file changed and the caller asks for fresh data', async () => {
    const { loadSiteIndex } = await import('../../../src/lib/site-index.ts');
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const fresh = makeContentRoot(VALID_FILES);
    const first = loadSiteIndex(fresh, { now: 1_000 });
    expect(loadSiteIndex(fresh, { now: 1_500 })).toBe(first);
    writeFileSync(path.join(fresh, 'actors/turkey.md'), '---\nname: تركيا\nkind: state\n---\n');
    expect(loadSiteIndex(fresh, { now: 1_600 })).toBe(first);
    const rebuilt = loadSiteIndex(fresh, { now: 1_700, maxAgeMs: 0 });
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.registry.actorIds.has('turkey')).toBe(true);
  });
});
