import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { frontmatterMemoAt } from '../../../src/lib/content/frontmatter-memo.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

const ARTICLE = '---\ntitle: عنوان\ndate: 2021-03-10\nsummary: ملخص\nactors: [qatar]\n---\n\nزار وفد من قطر طرابلس.\r\n';

describe('frontmatter kept between builds', () => {
  it('gives back the entries a fresh read gives, positions included, and reads a file with a problem every time', () => {
    const root = makeContentRoot({
      'actors/qatar.md': '---\nname: قطر\nkind: state\n---\n',
      'articles/2021/03/test.md': ARTICLE,
      'articles/2021/03/broken.md': '---\ntitle: عنوان\ndate: 2021-03-40\nsummary: ملخص\n---\n\nنص.\n',
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-frontmatter-memo-')), 'frontmatter-test.v8');
    const fresh = loadCorpus(root);
    const first = frontmatterMemoAt(file);
    loadCorpus(root, first);
    first.save();
    const kept = loadCorpus(root, frontmatterMemoAt(file));

    const plain = (corpus: typeof fresh) =>
      corpus.articles.map(({ id, data, body, bodyLine, locate }) => ({ id, data, body, bodyLine, actor: locate(['actors', 0]) }));
    expect(plain(kept)).toEqual(plain(fresh));
    expect(kept.articles[0]?.body).toBe('\nزار وفد من قطر طرابلس.\n');
    expect(kept.articles[0]?.locate(['actors', 0])).toEqual({ line: 5, column: 10 });
    // The broken file was not kept: its problem is reported from the memo's run too.
    expect(kept.problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(fresh.problems.map((problem) => `${problem.file}:${problem.line}`));
    expect(kept.problems).toHaveLength(1);
  });
});
