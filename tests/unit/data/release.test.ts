import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { dataReadme } from '../../../src/lib/data/readme.ts';
import { csvMetadata, releaseOf, withRelease } from '../../../src/lib/data/release.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';
const releaseFor = (files: Record<string, string>, licence?: string) => releaseOf(loadCorpus(makeContentRoot(files)), licence);
const base = releaseFor(VALID_FILES);

describe('releaseOf', () => {
  it('names the content by a sha256 digest and the newest day its published articles record', () => {
    expect(base.content_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(base.content_date).toBe('2020-10-26');
    expect(base.licence).toBeNull();
    expect(releaseFor(VALID_FILES, 'CC-BY-4.0').licence).toBe('CC-BY-4.0');
  });

  it('is the same for the same content, and differs when a published word changes', () => {
    expect(releaseFor(VALID_FILES)).toEqual(base);
    const edited = releaseFor({ ...VALID_FILES, [ARTICLE]: VALID_FILES[ARTICLE]!.replace('خرق', 'انتهاك') });
    expect(edited.content_digest).not.toBe(base.content_digest);
  });

  it('ignores drafts, which the exports leave out, in both digest and date', () => {
    const withDraft = releaseFor({
      ...VALID_FILES,
      'articles/2024/01/draft.md': '---\ntitle: مسودة\ndate: 2024-01-01\nsummary: خبر.\ndraft: true\n---\n\nنص.\n',
    });
    expect(withDraft).toEqual(base);
  });

  it('takes `updated` when it is the newest day', () => {
    const updated = releaseFor({ ...VALID_FILES, [ARTICLE]: VALID_FILES[ARTICLE]!.replace('summary:', 'updated: 2021-02-03\nsummary:') });
    expect(updated.content_date).toBe('2021-02-03');
  });
});

describe('what the exports carry', () => {
  it('puts the release at the top of a JSON export, before its data', () => {
    expect(Object.keys(withRelease(base, { entities: [] }))).toEqual(['content_digest', 'content_date', 'licence', 'entities']);
  });

  it('describes a CSV in a CSV on the Web sidecar: the release, and the columns in order', () => {
    expect(csvMetadata({ ...base, licence: 'CC0-1.0' }, 'mentions.csv', 'Mentions', ['article', 'entity'])).toEqual({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'mentions.csv',
      'dc:title': 'Mentions',
      'dc:identifier': base.content_digest,
      'dc:date': '2020-10-26',
      'dc:license': 'CC0-1.0',
      tableSchema: {
        columns: [
          { name: 'article', titles: 'article' },
          { name: 'entity', titles: 'entity' },
        ],
      },
    });
  });
});

describe('/data/README.md', () => {
  const input = {
    release: base,
    dataUrl: 'https://archive.example.org/data/',
    siteName: 'مرصد',
    exports: [{ files: ['mentions.json', 'mentions.csv'], record: 'mention', fields: ['article', 'entity'] }],
  };

  it('gives the release, each file with its fields, and a citation naming the digest', () => {
    const readme = dataReadme(input);
    expect(readme).toContain(`- Content digest: \`${base.content_digest}\``);
    expect(readme).toContain('| `mentions.json`, `mentions.csv` | mention | `article`, `entity` |');
    expect(readme).toContain(
      `مرصد (2020). Open data, content 2020-10-26. https://archive.example.org/data/. Content digest ${base.content_digest}.`,
    );
  });

  it('says that no licence is set until the owner sets one, then names it', () => {
    expect(dataReadme(input)).toContain('No licence has been set for this data yet');
    const licensed = dataReadme({ ...input, release: { ...base, licence: 'CC-BY-4.0' } });
    expect(licensed).toContain('The data is published under **CC-BY-4.0**.');
    expect(licensed).toContain('Licence: CC-BY-4.0.');
  });
});

describe('CITATION.cff', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

  it('has the fields the Citation File Format 1.2.0 requires, for a dataset', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const field of ['message', 'title', 'authors']) expect(cff[field]).toBeTruthy();
    expect(cff['type']).toBe('dataset');
    expect(String(cff['date-released'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('tells whoever fills it in to cite the content digest', () => {
    expect(String(cff['message'])).toContain('content digest');
  });
});
