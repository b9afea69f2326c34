import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../../../src/lib/arabic/normalize.ts';
import { isGrammaticalEnding } from '../../../src/lib/arabic/endings.ts';
import { codesOf, oneEdit } from '../../../src/lib/arabic/one-edit.ts';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { buildNearMissIndex, findNearMisses } from '../../../src/lib/entities/near-miss/index.ts';
import type { SurfaceForm } from '../../../src/lib/entities/matcher.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

// The assertions read the English wording: set here, so that an Arabic locale on the machine cannot change it.
beforeEach(() => {
  vi.stubEnv('MARSAD_LANG', 'en');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const ACTORS: Record<string, string> = {
  'actors/fathi-bashagha.md': '---\nname: فتحي باشاغا\nkind: person\naliases: [باشاغا]\n---\n',
  'actors/stephanie-williams.md':
    '---\nname: ستيفاني ويليامز\nkind: person\naliases:\n  - ستيفاني وليامز\n  - { text: وليامز, weak: true }\n---\n',
  'actors/recep-tayyip-erdogan.md': '---\nname: رجب طيب أردوغان\nkind: person\naliases: [أردوغان]\n---\n',
  'actors/abdulhamid-dbeibah.md': '---\nname: عبد الحميد الدبيبة\nkind: person\naliases: [الدبيبة]\n---\n',
  'actors/fayez-al-sarraj.md': '---\nname: فائز السراج\nkind: person\naliases: [السراج]\nnot: [إطلاق السراح]\n---\n',
  'actors/libya.md': '---\nname: ليبيا\nkind: state\n---\n',
  'actors/turkey.md': '---\nname: تركيا\nkind: state\n---\n',
  'actors/russia.md': '---\nname: روسيا\nkind: state\n---\n',
  'actors/qatar.md': '---\nname: قطر\nkind: state\naliases: [الدوحة]\nnot: [الدولة]\n---\n',
  'actors/khalifa-haftar.md': '---\nname: خليفة حفتر\nkind: person\naliases: [حفتر]\n---\n',
  'actors/malat.md': '---\nname: مالات\nkind: other\n---\n',
};

const ARTICLE = 'articles/2021/03/test.md';
/** An article about every entity above: a near-miss of any of them is reported there. */
const ABOUT_ALL = Object.keys(ACTORS)
  .map((file) => file.slice('actors/'.length, -'.md'.length))
  .join(', ');
const HEAD = `---\ntitle: عنوان\ndate: 2021-03-10\nsummary: ملخص\nactors: [${ABOUT_ALL}]\n---\n\n`;
const HEAD_ABOUT_NOTHING = '---\ntitle: عنوان\ndate: 2021-03-10\nsummary: ملخص\n---\n\n';

/** The near-miss warnings for one article body (line 8 is the body's first line), paths relative to the root. */
function nearMisses(body: string, frontmatter = HEAD): string[] {
  const root = makeContentRoot({ ...ACTORS, [ARTICLE]: `${frontmatter}${body}\n` });
  return checkContentRoot(root)
    .problems.filter((problem) => problem.message.includes('looks like'))
    .map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

/** The words warned about, in order. */
function warnedWords(body: string): string[] {
  return nearMisses(body).map((line) => /warning: "([^"]+)"/u.exec(line)?.[1] ?? line);
}

describe('near-miss warnings: what warns', () => {
  it('a dropped letter: «بشاغا» for «باشاغا», with the full message at file:line:col', () => {
    expect(nearMisses('قال وزير الداخلية بشاغا إن الوضع هادئ.')).toEqual([
      `${ARTICLE}:8:19: warning: "بشاغا" looks like "باشاغا", a name of actors/fathi-bashagha: if it is the same name, add "بشاغا" to its aliases; if not, add it to \`not:\` to silence this [near-miss]`,
    ]);
  });
  it('a changed letter: «وليامس» when «وليامز» is registered (the و is no prefix here)', () => {
    expect(warnedWords('قالت وليامس إن الحوار مستمر.')).toEqual(['وليامس']);
  });
  it('an added letter, and a swap of neighbours', () => {
    expect(warnedWords('التقى باشاغاء ثم أردغوان.')).toEqual(['باشاغاء', 'أردغوان']);
  });
  it('behind the prefixes the matcher allows: و ف ب ك ل and لل', () => {
    expect(warnedWords('وبشاغا قال. وللدبيية رأي.')).toEqual(['بشاغا', 'الدبيية']);
  });
  it('points at the name without its prefix', () => {
    expect(nearMisses('وقال لبشاغا.')[0]).toMatch(new RegExp(`^${ARTICLE}:8:7: warning: "بشاغا"`));
  });
  it('one word of a multiword name, where the other words stand around it', () => {
    expect(nearMisses('وصلت ستيفاني ويليامس إلى طرابلس.')).toEqual([
      `${ARTICLE}:8:6: warning: "ستيفاني ويليامس" looks like "ستيفاني ويليامز", a name of actors/stephanie-williams: if it is the same name, add "ستيفاني ويليامس" to its aliases; if not, add it to \`not:\` to silence this [near-miss]`,
    ]);
  });
  it('drafts are checked too', () => {
    expect(nearMisses('بشاغا.', HEAD.replace('---\n\n', 'draft: true\n---\n\n'))).toHaveLength(1);
  });
  it('in headings, lists, quotes and tables', () => {
    expect(warnedWords('## بشاغا\n\n- أردغوان\n\n> وليامس\n\n| a |\n|---|\n| الدبيية |')).toEqual([
      'بشاغا',
      'أردغوان',
      'وليامس',
      'الدبيية',
    ]);
  });
});

describe('near-miss warnings: grammar is no typo', () => {
  it('nisba and feminine endings of a name: ليبي ليبية تركي تركية روسي روسية', () => {
    expect(nearMisses('القوات الليبية والطرف الليبي مع وفد ليبي ومسؤول تركي وشركة تركية وسفير روسي وقوات روسية.')).toEqual([]);
  });
  it('plural and dual endings: الليبيين ليبيات ليبيان', () => {
    expect(nearMisses('قال الليبيين إن ليبيات وليبيان حضروا.')).toEqual([]);
  });
  it('attached pronouns and an accusative alef: باشاغاه أردوغانك أردوغانا', () => {
    expect(nearMisses('زار باشاغاه وقال أردوغانك أردوغانا.')).toEqual([]);
  });
  it('a final letter changed into a suffix letter: روسيه تركيه', () => {
    expect(nearMisses('روسيه وتركيه.')).toEqual([]);
  });
  it('but a changed final letter that is no suffix letter warns: وليامس', () => {
    expect(warnedWords('وليامس.')).toEqual(['وليامس']);
  });
  it('a slip on the first letter after a prefix is another word: وكالات is no و + مالات', () => {
    expect(nearMisses('نقلت وكالات الأنباء الخبر.')).toEqual([]);
  });
});

describe('near-miss warnings: what is left alone', () => {
  it('registered names and their prefixed forms', () => {
    expect(nearMisses('باشاغا وباشاغا ولباشاغا وبليبيا وللدبيبة.')).toEqual([]);
  });
  it('names shorter than five letters: حفتز is not checked against حفتر', () => {
    expect(nearMisses('قال حفتز.')).toEqual([]);
  });
  it('code spans, code blocks and link text', () => {
    expect(nearMisses('نص `بشاغا` نص.\n\n```\nبشاغا\n```\n\n[بشاغا](https://example.org)')).toEqual([]);
  });
  it('text a not-form hides: one word (الدولة) or a phrase (إطلاق السراح)', () => {
    expect(nearMisses('قالت الدولة إن إطلاق السراح تم.')).toEqual([]);
    expect(warnedWords('السراح وحده.')).toEqual(['السراح']);
  });
  it('a word inside a match: the longest match hides the words it covers', () => {
    const root = makeContentRoot({
      ...ACTORS,
      'actors/pashagha-group.md': '---\nname: كتيبة باشاغي\nkind: armed-group\n---\n',
      [ARTICLE]: `${HEAD}قالت كتيبة باشاغي.\n`,
    });
    expect(checkContentRoot(root).problems.filter((problem) => problem.message.includes('looks like'))).toEqual([]);
  });
  it('one warning per distinct word per article, at its first occurrence', () => {
    expect(nearMisses('بشاغا.\n\nثم وبشاغا ولبشاغا و`بشاغا`.')).toEqual([
      expect.stringMatching(new RegExp(`^${ARTICLE}:8:1: warning: "بشاغا"`)),
    ]);
  });
  it('the other words of a multiword name must be there', () => {
    expect(nearMisses('قالت ويليامس وحدها.')).toEqual([]);
  });
});

describe('the one-edit and ending rules', () => {
  it('classifies the edit and places it as far right as it can', () => {
    expect(oneEdit('بشاغا', 'باشاغا')).toEqual({ kind: 'delete', index: 1 });
    expect(oneEdit('ليبياا', 'ليبيا')).toEqual({ kind: 'insert', index: 5 });
    expect(oneEdit('وليامس', 'وليامز')).toEqual({ kind: 'substitute', index: 5 });
    expect(oneEdit('حفرت', 'حفتر')).toEqual({ kind: 'transpose', index: 2 });
    expect(oneEdit('باشاغا', 'باشاغا')).toBeUndefined();
    expect(oneEdit('بشغا', 'باشاغا')).toBeUndefined();
  });
  it('an ending is grammar only at the end and only with a suffix letter', () => {
    const ending = (word: string, target: string) =>
      isGrammaticalEnding(oneEdit(normalize(word), normalize(target))!, codesOf(normalize(word)), codesOf(normalize(target)));
    expect(ending('ليبي', 'ليبيا')).toBe(true);
    expect(ending('ليبية', 'ليبيا')).toBe(true);
    expect(ending('ليبيان', 'ليبيا')).toBe(true);
    expect(ending('وليامس', 'وليامز')).toBe(false);
    expect(ending('وليام', 'وليامز')).toBe(false);
    expect(ending('ليبيي', 'ليبيا')).toBe(true);
    expect(ending('لبيا', 'ليبيا')).toBe(false);
  });
  it('a word that reads as a word of a multiword name, behind a prefix, is no near-miss of it', () => {
    const forms: SurfaceForm[] = [{ form: 'ميثاق حولوك', key: 'agreements/hawlouk' }];
    const text = normalize('لميثاق حولوك وبميثاق حولوك');
    const codes = Uint16Array.from(codesOf(text));
    expect(findNearMisses(buildNearMissIndex(forms), codes, codes.length)).toEqual([]);
  });
});

describe('near-miss warnings: ordinary words one letter from a name', () => {
  const articleAt = (index: number, body: string) => [`articles/2021/03/other-${index}.md`, `${HEAD_ABOUT_NOTHING}${body}\n`] as const;
  const warningsIn = (files: Record<string, string>) =>
    checkContentRoot(makeContentRoot({ ...ACTORS, ...files })).problems.filter((problem) => problem.message.includes('looks like')).length;

  it('a definite word is reported only in an article about the entity it resembles: للدوحة / للدولة', () => {
    const actorsWithoutNot = { ...ACTORS, 'actors/qatar.md': '---\nname: قطر\nkind: state\naliases: [الدوحة]\n---\n' };
    const count = (head: string) =>
      checkContentRoot(makeContentRoot({ ...actorsWithoutNot, [ARTICLE]: `${head}ما تدين للدولة.\n` })).problems.filter((problem) =>
        problem.message.includes('looks like'),
      ).length;
    expect(count(HEAD_ABOUT_NOTHING)).toBe(0);
    expect(count(HEAD)).toBe(1);
  });

  it('a bare word is reported anywhere while it is rare, and no more once it recurs in articles about other things', () => {
    expect(warningsIn(Object.fromEntries([articleAt(1, 'قال بشاغا.'), articleAt(2, 'قال بشاغا.')]))).toBe(2);
    expect(warningsIn(Object.fromEntries([1, 2, 3].map((index) => articleAt(index, 'قال بشاغا.'))))).toBe(0);
  });
});
