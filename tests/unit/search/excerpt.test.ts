import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { searchKey } from '../../../src/lib/search/terms.ts';

const render = (parts: ReturnType<typeof buildExcerpt>) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('result excerpts', () => {
  it('marks the words that match the query in any form, from the visible text only', () => {
    const content = 'أعلنت والحكومةُ دعمها لمصر. ⁂ حكومه مصر';
    expect(render(buildExcerpt(content, [searchKey('حكومة'), searchKey('مصر')]))).toBe('أعلنت [والحكومةُ] دعمها [لمصر.]');
  });
  it('centres on the first match and marks the cuts', () => {
    const words = Array.from({ length: 60 }, (_, index) => `w${index}`);
    words[40] = 'قطر';
    const excerpt = render(buildExcerpt(words.join(' '), [searchKey('قطر')], 5));
    expect(excerpt).toBe('… w35 w36 w37 w38 w39 [قطر] w41 w42 w43 w44 w45 …');
  });
  it('opens with the first words when only the hidden keys matched', () => {
    expect(render(buildExcerpt('بداية النص هنا ⁂ يامز', [searchKey('وليامز')], 2))).toBe('بداية النص هنا');
  });
});

describe('words that extend the query', () => {
  it('are marked too, as Pagefind finds them', () => {
    expect(render(buildExcerpt('تحمّل المسؤولية كاملة', [searchKey('مسئول')]))).toBe('تحمّل [المسؤولية] كاملة');
  });
  it('but a key of two letters must match whole', () => {
    expect(render(buildExcerpt('قمة قمر', [searchKey('قم')]))).toBe('قمة قمر');
  });
});
