/** Rule 11 of docs/matching.md: a weak one-word name read as the ordinary word it also is. */
import { describe, expect, it } from 'vitest';
import { FREE_FOLLOWERS, GOVERNING_PARTICLES, HOLDER_NOUNS } from '../../../src/lib/entities/common-word.ts';
import { createMatcher } from '../../../src/lib/entities/matcher.ts';

const matcher = createMatcher([
  { form: 'سلامة', key: 'salame', strength: 'weak' },
  { form: 'صالح', key: 'saleh', strength: 'weak' },
  { form: 'غسان سلامة', key: 'salame' },
  { form: 'أنقرة', key: 'turkey', strength: 'place' },
]);
const keys = (text: string): string[] => matcher.findAll(text).map((match) => match.key);

describe('a weak one-word name is the common word', () => {
  it.each(HOLDER_NOUNS.map((noun) => [noun]))('after «%s» (a family, a tribe, a place named after someone)', (noun) => {
    expect(keys(`من ${noun} صالح`)).toEqual([]);
  });

  it.each(GOVERNING_PARTICLES.map((particle) => [particle]))('after «%s» and before a definite noun it governs', (particle) => {
    expect(keys(`قلق ${particle} سلامة المدنيين`)).toEqual([]);
  });

  it('with the proclitic ل before another word: لصالح القرار، لصالح مسار', () => {
    expect(keys('صوت لصالح القرار ثم لصالح مسار جديد')).toEqual([]);
  });
});

describe('a weak one-word name stays a name', () => {
  it('as the subject of a verb, even before its object: استقبل سلامة السفير', () => {
    expect(keys('استقبل سلامة السفير، وقال صالح إن')).toEqual(['salame', 'saleh']);
  });

  it.each(FREE_FOLLOWERS.map((word) => [word]))('before «%s», which it does not govern', (word) => {
    expect(keys(`التقى الوفد مع صالح ${word}`)).toEqual(['saleh']);
  });

  it('with ل at the end of a clause: قال مصدر مقرب لصالح.', () => {
    expect(keys('قال مصدر مقرب لصالح.')).toEqual(['saleh']);
  });

  it('a place form keeps its ل: تصريحات لأنقرة أبدت', () => {
    expect(keys('تصريحات لأنقرة أبدت')).toEqual(['turkey']);
  });

  it('a strong name is never read as a common word', () => {
    expect(keys('على غسان سلامة الرد')).toEqual(['salame']);
  });
});
