import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { problemText } from '../../../src/lib/content/problem.ts';
import { suggestFileId } from '../../../src/lib/content/suggest-id.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

describe('suggestFileId', () => {
  it('romanises an Arabic name as npm run new does', () => {
    expect(suggestFileId('خليفة حفتر', 'actors')).toBe('khalifa-haftar');
    expect(suggestFileId('اتفاق الصخيرات', 'agreements')).toBe('atfaq-al-sakhirat');
  });

  it('keeps Latin names readable', () => {
    expect(suggestFileId('Fayez Sarraj', 'actors')).toBe('fayez-sarraj');
    expect(suggestFileId('Café_Talks', 'articles')).toBe('cafe-talks');
  });

  it('falls back to a placeholder of the collection, not of another', () => {
    expect(suggestFileId('中文', 'actors')).toBe('new-actor');
    expect(suggestFileId('中文', 'agreements')).toBe('new-agreement');
    expect(suggestFileId('؟!', 'articles')).toBe('new-article');
  });
});

describe('a file name that is not an id', () => {
  const messageFor = (file: string): string | undefined => {
    const root = makeContentRoot({ ...VALID_FILES, [file]: VALID_FILES['actors/qatar.md']! });
    const problem = loadCorpus(root).problems.find(({ code }) => code === 'bad-file-name');
    return problem === undefined ? undefined : problemText(problem);
  };

  it('is told a romanised id', () => {
    expect(messageFor('actors/خليفة حفتر.md')).toContain('such as khalifa-haftar.md');
  });

  it('is told a placeholder of its own collection when nothing can be romanised', () => {
    expect(messageFor('actors/中文.md')).toContain('such as new-actor.md');
  });
});
