/** Rules 10–12 of docs/matching.md: outlets, the past of a windowed name, and a name as the subject of a verb of stance. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/entities/matcher.ts';
import { FORMER_MARKERS, OUTLET_NOUNS, STANCE_VERBS } from '../../../src/lib/entities/roles.ts';

const matcher = createMatcher([
  { form: 'ليبيا', key: 'libya' },
  { form: 'فرنسا', key: 'france' },
  { form: 'الميادين', key: 'al-mayadeen', outlet: true },
  { form: 'أنقرة', key: 'turkey', strength: 'place' },
  { form: 'سلامة', key: 'salame', strength: 'weak' },
  { form: 'المجلس الرئاسي', key: 'pc-2016', until: '2021-02-04' },
  { form: 'المجلس الرئاسي', key: 'pc-2021', from: '2021-02-05' },
]);
const found = (text: string, date?: string) => matcher.findAll(text, { date }).map((match) => `${match.key}${match.weak ? ' (weak)' : ''}`);

describe('a name after an outlet noun is part of the outlet name', () => {
  it.each(OUTLET_NOUNS.map((noun) => [noun]))('«%s ليبيا …» is no mention of Libya', (noun) => {
    expect(found(`بثت ${noun} ليبيا الأحرار`)).toEqual([]);
  });

  it('with a proclitic on the noun or quotes around the name: لراديو فرنسا، قناة «ليبيا»', () => {
    expect(found('قال لراديو فرنسا الدولي وبثت قناة «ليبيا الوطنية»')).toEqual([]);
  });

  it('an outlet keeps its own name there: قناة الميادين', () => {
    expect(found('نقلت قناة الميادين')).toEqual(['al-mayadeen']);
  });
});

describe('a windowed name followed by a marker of the past', () => {
  it.each(FORMER_MARKERS.map((marker) => [marker]))('«المجلس الرئاسي %s» is the body whose window has ended', (marker) => {
    expect(found(`أعلن المجلس الرئاسي ${marker} قراره`, '2021-03-01')).toEqual(['pc-2016']);
  });

  it('without the marker, the date decides', () => {
    expect(found('أعلن المجلس الرئاسي قراره', '2021-03-01')).toEqual(['pc-2021']);
  });

  it('no body has ended before the first window: nothing', () => {
    expect(found('المجلس الرئاسي السابق', '2016-03-01')).toEqual([]);
  });
});

describe('a weak or place name as the subject of a verb of stance is the actor', () => {
  it.each(STANCE_VERBS.map((verb) => [verb]))('«%s أنقرة» counts as strong', (verb) => {
    expect(found(`${verb} أنقرة`)).toEqual(['turkey']);
  });

  it('the verb may carry و or ف: وقال سلامة، فرأت أنقرة', () => {
    expect(found('وقال سلامة إن الحل قريب، فرأت أنقرة ذلك')).toEqual(['salame', 'turkey']);
  });

  it('elsewhere the name stays weak', () => {
    expect(found('وفد سلامة، ورغبة أنقرة')).toEqual(['salame (weak)', 'turkey (weak)']);
  });
});
