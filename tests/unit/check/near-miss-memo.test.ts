import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearMissMemoAt as memoIn, type ArticleHit } from '../../../src/lib/check/near-miss-memo.ts';
import { checkNearMisses } from '../../../src/lib/check/near-misses.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

const HIT: ArticleHit = {
  hit: {
    wordStart: 0,
    wordEnd: 5,
    nameStart: 0,
    nameEnd: 5,
    restoreAlef: false,
    name: 'بشاغا',
    names: [{ form: 'باشاغا', key: 'actors/fathi-bashagha' }],
  },
  position: { line: 8, column: 19 },
  written: 'بشاغا',
};

describe('the near-miss memo', () => {
  it('finds an article’s hits once, keeps them in its file, and gives them back from it without finding again', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-near-miss-memo-')), 'near-misses-test.v8');
    const memo = memoIn(file);
    let finds = 0;
    const find = () => {
      finds++;
      return [HIT];
    };
    expect(memo.get('k', find)).toEqual([HIT]);
    expect(memo.get('k', find)).toEqual([HIT]);
    expect(finds).toBe(1);
    memo.save();
    const reread = memoIn(file);
    expect(reread.get('k', find)).toEqual([HIT]);
    expect(finds).toBe(1);
  });

  it('writes nothing when a run found nothing new', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-near-miss-memo-')), 'near-misses-test.v8');
    memoIn(file).save();
    expect(existsSync(file)).toBe(false);
  });

  it('gives the check the same warnings from the memo as found afresh, and an edit is looked at again', () => {
    const root = makeContentRoot({
      'actors/fathi-bashagha.md': '---\nname: فتحي باشاغا\nkind: person\naliases: [باشاغا]\n---\n',
      'articles/2021/03/test.md':
        '---\ntitle: عنوان\ndate: 2021-03-10\nsummary: ملخص\nactors: [fathi-bashagha]\n---\n\nقال الوزير بشاغا إن الوضع هادئ.\n',
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-near-miss-memo-')), 'near-misses-test.v8');
    const site = loadSiteIndex(root, { maxAgeMs: 0 });
    const fresh = checkNearMisses(site, memoIn(file));
    expect(fresh.map((finding) => finding.problem.line)).toEqual([8]);
    const reread = memoIn(file);
    expect(checkNearMisses(site, reread)).toEqual(fresh);
    // Corrected, the article has a new scan key: the hits kept for its old text are not used.
    writeFileSync(
      path.join(root, 'articles/2021/03/test.md'),
      readFileSync(path.join(root, 'articles/2021/03/test.md'), 'utf8').replace('بشاغا', 'باشاغا'),
    );
    expect(checkNearMisses(loadSiteIndex(root, { maxAgeMs: 0 }), memoIn(file))).toEqual([]);
  });
});
