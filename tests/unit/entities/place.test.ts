/** Rule 12 of docs/matching.md: a capital used as a location is no mention of its state. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/entities/matcher.ts';
import { MOTION_VERBS, PLACE_NOUNS, PLACE_PREPOSITIONS } from '../../../src/lib/entities/place.ts';

const matcher = createMatcher([
  { form: 'موسكو', key: 'russia', strength: 'place' },
  { form: 'الدوحة', key: 'qatar', strength: 'place' },
  { form: 'أبوظبي', key: 'uae', strength: 'place' },
  { form: 'أنقرة', key: 'turkey', strength: 'place' },
]);

const keys = (text: string): string[] => matcher.findAll(text).map((match) => match.key);

describe('a place form is an actor where it acts', () => {
  it('as a subject or object: أعلنت موسكو، رحبت أنقرة، دعت الدوحة', () => {
    expect(keys('أعلنت موسكو دعمها')).toEqual(['russia']);
    expect(keys('ورحبت أنقرة بالخطوة، كما دعت الدوحة إلى الحوار')).toEqual(['turkey', 'qatar']);
    expect(keys('اتهمت موسكو، في بيان')).toEqual(['russia']);
  });

  it('after a comma: the clause before it does not make it a place', () => {
    expect(keys('في المقابل، موسكو ترفض')).toEqual(['russia']);
  });

  it('with ل or و: لموسكو دور، وموسكو', () => {
    expect(keys('إن لموسكو دوراً، وموسكو تعرف ذلك')).toEqual(['russia', 'russia']);
  });
});

describe('a place form is no mention where it names the place', () => {
  it.each(PLACE_PREPOSITIONS.map((trigger) => [trigger]))('after the preposition «%s»', (trigger) => {
    expect(keys(`وصل الوفد ${trigger} موسكو أمس`)).toEqual([]);
  });

  it.each(PLACE_NOUNS.map((trigger) => [trigger]))('as the complement of «%s»', (trigger) => {
    expect(keys(`انتهت ${trigger} موسكو أمس`)).toEqual([]);
  });

  it('with the proclitic ب: بموسكو، وبالدوحة', () => {
    expect(keys('اجتمعوا بموسكو ثم وبالدوحة')).toEqual([]);
  });

  it('when the trigger carries و or ف: وفي الدوحة، فإلى أنقرة، ومشاورات موسكو', () => {
    expect(keys('وفي الدوحة، فإلى أنقرة، ومشاورات موسكو')).toEqual([]);
  });

  it('across quotes: في «موسكو»', () => {
    expect(keys('في «موسكو»')).toEqual([]);
  });

  it('after a two-word trigger: ولي عهد أبوظبي', () => {
    expect(keys('استقبل ولي عهد أبوظبي الوفد')).toEqual([]);
    expect(keys('قال عهد أبوظبي')).toEqual(['uae']);
  });

  it('with the trigger in another spelling: إلى / الى، قمّة', () => {
    expect(keys('توجه الى موسكو، وانعقدت قمّة أنقرة')).toEqual([]);
  });
});

describe('datelines and verbs of motion', () => {
  it('a capital opening a paragraph before a dash or bracket is a dateline', () => {
    expect(keys('الدوحة - وقعت قطر')).toEqual([]);
    expect(keys('موسكو (وكالات) - قالت')).toEqual([]);
    expect(keys('موسكو ترفض - في بيان')).toEqual(['russia']);
  });

  it.each(MOTION_VERBS.map((verb) => [verb]))('«%s» makes the capital after it (up to four words on) a place', (verb) => {
    expect(keys(`${verb} المشير خليفة حفتر موسكو صباحاً`)).toEqual([]);
  });

  it('a feminine verb has the state as its subject: زارت أنقرة', () => {
    expect(keys('وزارت أنقرة وفداً')).toEqual(['turkey']);
  });

  it('a comma ends the reach of a verb', () => {
    expect(keys('غادر الوفد، ورغبة موسكو')).toEqual(['russia']);
  });
});

describe('a definite capital agreeing with the definite noun before it', () => {
  const cairo = createMatcher([{ form: 'القاهرة', key: 'egypt', strength: 'place' }]);
  it('is an adjective or an apposition, not the state: القوة القاهرة', () => {
    expect(cairo.findAll('حالة القوة القاهرة في الموانئ')).toEqual([]);
  });
  it('a verb before it is no definite noun: رفضت القاهرة', () => {
    expect(cairo.findAll('رفضت القاهرة الخطوة').map((match) => match.key)).toEqual(['egypt']);
  });
});
