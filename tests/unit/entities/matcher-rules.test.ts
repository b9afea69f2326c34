/** Rules 6–10 of docs/matching.md: separators inside names, not-forms, tanween, exact forms, date windows. */
import { describe, expect, it } from 'vitest';
import { createRegExpBaseline } from '../../../src/lib/entities/baseline.ts';
import { createMatcher, type MatchContext, type SurfaceForm } from '../../../src/lib/entities/matcher.ts';

const FORMS: SurfaceForm[] = [
  { form: 'الأمم المتحدة', key: 'un' },
  { form: 'حكومة الوفاق', key: 'gna' },
  { form: 'مؤتمر باليرمو', key: 'palermo' },
  { form: 'لجنة 5+5', key: 'jmc' },
  { form: '5+5', key: 'jmc' },
  { form: 'قطر', key: 'qatar' },
  { form: 'ليبيا', key: 'libya' },
  { form: 'روسيا', key: 'russia' },
  { form: 'روسيا اليوم', key: 'russia', strength: 'not' },
  { form: 'ليبيا الحدث', key: 'libya', strength: 'not' },
  { form: 'مصرف ليبيا المركزي', key: 'cbl' },
  { form: 'مصرف ليبيا المركزي بالبيضاء', key: 'cbl', strength: 'not' },
  { form: 'المنفي', key: 'menfi', exact: true },
  { form: 'المجلس الرئاسي', key: 'pc-2016', until: '2021-02-04' },
  { form: 'المجلس الرئاسي', key: 'pc-2021', from: '2021-02-05' },
];

const both = [createMatcher(FORMS), createRegExpBaseline(FORMS)];

/** What each matcher finds: key and the text as written; the two must agree. */
function found(text: string, context?: MatchContext): Array<[string, string]> {
  const [automaton, baseline] = both.map((matcher) =>
    matcher!.findAll(text, context).map((m): [string, string] => [m.key, text.slice(m.start, m.end)]),
  );
  expect(automaton).toEqual(baseline);
  return automaton!;
}

describe('rule 6: between the words of a multiword name', () => {
  it('accepts a missing space: الأممالمتحدة', () => {
    expect(found('قالت الأممالمتحدة إن')).toEqual([['un', 'الأممالمتحدة']]);
    expect(found('وللأممالمتحدة دور')).toEqual([['un', 'لأممالمتحدة']]);
  });

  it('accepts extra spaces and a line break', () => {
    expect(found('الأمم   \n  المتحدة')).toEqual([['un', 'الأمم   \n  المتحدة']]);
  });

  it('accepts quotes and brackets around a word of the name', () => {
    expect(found('وزير داخلية حكومة “الوفاق” السابق')).toEqual([['gna', 'حكومة “الوفاق']]);
    expect(found('حكومة "الوفاق"')).toEqual([['gna', 'حكومة "الوفاق']]);
    expect(found('مخرجات مؤتمر «باليرمو» الأخيرة')).toEqual([['palermo', 'مؤتمر «باليرمو']]);
    expect(found('حكومة (الوفاق)')).toEqual([['gna', 'حكومة (الوفاق']]);
  });

  it('lets a symbol stand with or without spaces around it: 5+5, 5 + 5, (5+5)', () => {
    expect(found('اجتماع لجنة 5 + 5 في جنيف')).toEqual([['jmc', 'لجنة 5 + 5']]);
    expect(found('اجتماعات (5+5) في جنيف')).toEqual([['jmc', '5+5']]);
    expect(found('أعضاء ٥ + ٥ العسكرية')).toEqual([['jmc', '٥ + ٥']]);
  });

  it('never lets a separator split a word: ق طر, لي بيا, 5 5', () => {
    expect(found('سوق طرابلس و ق طر و لي بيا')).toEqual([]);
    expect(found('حكو مة الوفاق')).toEqual([]);
    expect(found('لجنة 55')).toEqual([]);
  });

  it('keeps the outer edges: no word glued before or after the name', () => {
    expect(found('الأمم المتحدةية')).toEqual([]);
    expect(found('سالأمم المتحدة')).toEqual([]);
  });

  it('takes quotes and brackets at the edges of a form as no part of it', () => {
    const matcher = createMatcher([{ form: '«الوفاق»', key: 'gna' }]);
    expect(matcher.findAll('حزب الوفاق').map((m) => m.key)).toEqual(['gna']);
  });
});

describe('rule 7: not-forms', () => {
  it('hides the names inside them: روسيا اليوم, ليبيا الحدث', () => {
    expect(found('نقلت قناة روسيا اليوم عن مصدر')).toEqual([]);
    expect(found('وقالت ليبيا الحدث إن')).toEqual([]);
    expect(found('وقالت روسيا اليوم إن روسيا تدعم الحل')).toEqual([['russia', 'روسيا']]);
  });

  it('is matched like a name: prefixes, folding, separators', () => {
    expect(found('لروسيا اليوم')).toEqual([]);
    expect(found('وفي قناة "روسيا اليوم"')).toEqual([]);
  });

  it('wins over a shorter name at the same place, and loses to a longer one', () => {
    expect(found('محافظ مصرف ليبيا المركزي بالبيضاء')).toEqual([]);
    expect(found('محافظ مصرف ليبيا المركزي في طرابلس')).toEqual([['cbl', 'مصرف ليبيا المركزي']]);
  });

  it('yields to a name of the same spelling', () => {
    const matcher = createMatcher([
      { form: 'ليبيا الحدث', key: 'libya', strength: 'not' },
      { form: 'ليبيا الحدث', key: 'libya-alhadath', outlet: true },
    ]);
    expect(matcher.findAll('قناة ليبيا الحدث').map((m) => m.key)).toEqual(['libya-alhadath']);
  });
});

describe('rule 8: tanween makes a single word an adjective', () => {
  it('finds no mention in ليبياً، ليبيًا، تركياً', () => {
    expect(found('دعماً ليبياً واسعاً')).toEqual([]);
    expect(found('موقفاً ليبيًا موحداً')).toEqual([]);
  });

  it('still finds the word with an ordinary vowel', () => {
    expect(found('إن ليبيا َ و قطرُ')).toEqual([
      ['libya', 'ليبيا'],
      ['qatar', 'قطرُ'],
    ]);
  });

  it('does not apply to a multiword name', () => {
    expect(found('الأمم المتحدةٌ')).toEqual([['un', 'الأمم المتحدةٌ']]);
  });
});

describe('rule 9: exact forms', () => {
  it('are matched letter for letter: المنفي is the person, المنفى is exile', () => {
    expect(found('قال المنفي إن')).toEqual([['menfi', 'المنفي']]);
    expect(found('عاد من المنفى إلى')).toEqual([]);
  });

  it('still accept prefixes, لل and diacritics', () => {
    expect(found('وللمنفي، وبالمنفيِّ')).toEqual([
      ['menfi', 'لمنفي'],
      ['menfi', 'المنفيِّ'],
    ]);
    expect(found('للمنفى')).toEqual([]);
  });
});

describe('rule 10: date windows', () => {
  it('give one spelling to different entities at different times', () => {
    expect(found('أعلن المجلس الرئاسي', { date: '2020-06-01' })).toEqual([['pc-2016', 'المجلس الرئاسي']]);
    expect(found('أعلن المجلس الرئاسي', { date: '2021-02-05' })).toEqual([['pc-2021', 'المجلس الرئاسي']]);
    expect(found('أعلن المجلس الرئاسي', { date: '2021-02-04' })).toEqual([['pc-2016', 'المجلس الرئاسي']]);
  });

  it('never apply to undated text', () => {
    expect(found('أعلن المجلس الرئاسي')).toEqual([]);
  });

  it('are no clash when they do not overlap, and a clash when they do', () => {
    expect(createMatcher(FORMS).conflicts).toEqual([]);
    const overlapping = createMatcher([
      { form: 'المجلس الرئاسي', key: 'a', until: '2021-03-01' },
      { form: 'المجلس الرئاسي', key: 'b', from: '2021-02-05' },
    ]);
    expect(overlapping.conflicts).toEqual([{ normalized: 'المجلس الرئاسي', keys: ['a', 'b'] }]);
  });
});

describe('weak and place forms are reported as weak', () => {
  it('marks the strength on each match', () => {
    const matcher = createMatcher([
      { form: 'السراج', key: 'sarraj', strength: 'weak' },
      { form: 'فائز السراج', key: 'sarraj' },
      { form: 'موسكو', key: 'russia', strength: 'place' },
    ]);
    expect(matcher.findAll('قال فائز السراج ثم السراج ورغبة موسكو').map((m) => [m.key, m.weak])).toEqual([
      ['sarraj', false],
      ['sarraj', true],
      ['russia', true],
    ]);
  });
});
