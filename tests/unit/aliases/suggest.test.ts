import { describe, expect, it } from 'vitest';
import { HEAD_NOUNS, suggestAliases, type Suggestion } from '../../../src/lib/aliases/suggest.ts';
import { suggestionLines } from '../../../src/lib/aliases/report.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { ALIAS_FILES } from '../../helpers/alias-content.ts';
import { makeContentRoot } from '../../helpers/content-root.ts';

function suggest(files: Record<string, string>, min?: number): Suggestion[] {
  const root = makeContentRoot(files);
  return suggestAliases(loadSiteIndex(root, { maxAgeMs: 0 }), min === undefined ? {} : { min }).map((suggestion) => ({
    ...suggestion,
    examples: suggestion.examples.map((example) => example.replace(`${root}/`, '')),
  }));
}

const byText = (suggestions: readonly Suggestion[], text: string) => suggestions.find((suggestion) => suggestion.text === text);

describe('npm run aliases -- suggest', () => {
  const suggestions = suggest(ALIAS_FILES);

  it('lists each candidate once, most frequent first, then by text', () => {
    expect(suggestions.map(({ text, count }) => [text, count])).toEqual([
      ['حكومة السراج', 3],
      ['الجويلي', 2],
      ['المسماري', 2],
      ['قوات حفتر', 2],
      ['قوات صلاح بادي', 2],
      ['وفاق', 2],
    ]);
  });

  it("a head noun before a person belongs to the person's affiliation of that kind", () => {
    expect(byText(suggestions, 'قوات حفتر')).toEqual({
      text: 'قوات حفتر',
      key: 'actors/libyan-national-army',
      kind: 'phrase',
      count: 2,
      examples: ['articles/2020/06/a1.md:10', 'articles/2020/06/a2.md:10'],
      verdict: 'strong',
      reason: '2 of 2 occurrences are in documents that list actors/libyan-national-army or name it otherwise',
      alias: '- قوات حفتر',
    });
  });

  it('weak when more than a fifth of the occurrences are in documents not about the entity (a mention by another name counts)', () => {
    // a1 lists the GNA, a2 names it (حكومة الوفاق); a3 does neither.
    expect(byText(suggestions, 'حكومة السراج')).toMatchObject({
      key: 'actors/government-of-national-accord',
      examples: ['articles/2020/06/a1.md:8', 'articles/2020/06/a2.md:8'],
      verdict: 'weak',
      reason: '1 of 3 occurrences (33%) are in documents that neither list actors/government-of-national-accord nor name it otherwise',
      alias: '- { text: حكومة السراج, weak: true }',
    });
  });

  it('a phrase that only repeats a name of the same entity is no suggestion (حكومة الوفاق)', () => {
    expect(byText(suggestions, 'حكومة الوفاق')).toBeUndefined();
  });

  it('a phrase whose owner cannot be told is weak and stays with the mentioned actor', () => {
    expect(byText(suggestions, 'قوات صلاح بادي')).toMatchObject({
      key: 'actors/salah-badi',
      verdict: 'weak',
      reason: expect.stringContaining('may name an actor not yet registered'),
    });
  });

  it('a bare surname, counted only outside matches, not-forms and code', () => {
    expect(byText(suggestions, 'الجويلي')).toMatchObject({
      key: 'actors/osama-juwaili',
      kind: 'surname',
      count: 2,
      examples: ['articles/2020/06/a1.md:8', 'articles/2020/06/a2.md:8'],
      verdict: 'strong',
    });
  });

  it('a surname two registered persons share is weak', () => {
    expect(byText(suggestions, 'المسماري')).toMatchObject({
      kind: 'surname',
      verdict: 'weak',
      reason: 'the surname of 2 registered persons: actors/ahmed-al-mismari, actors/ali-al-mismari',
    });
  });

  it('a name without its ال; one word of four letters is weak', () => {
    expect(byText(suggestions, 'وفاق')).toMatchObject({
      key: 'actors/government-of-national-accord',
      kind: 'without-article',
      count: 2,
      verdict: 'weak',
      reason: 'one word of 4 letters: too easily another word',
      alias: '- { text: وفاق, weak: true }',
    });
  });

  it('--min: what is seen fewer times is left out (جيش حفتر is seen once)', () => {
    expect(byText(suggestions, 'جيش حفتر')).toBeUndefined();
    expect(byText(suggest(ALIAS_FILES, 1), 'جيش حفتر')).toMatchObject({ key: 'actors/libyan-national-army', count: 1 });
    expect(suggest(ALIAS_FILES, 3).map(({ text }) => text)).toEqual(['حكومة السراج']);
  });

  it('a phrase already registered is no suggestion', () => {
    const files = {
      ...ALIAS_FILES,
      'actors/libyan-national-army.md': '---\nname: الجيش الوطني الليبي\nkind: armed-group\naliases: [قوات حفتر]\n---\n',
    };
    expect(byText(suggest(files), 'قوات حفتر')).toBeUndefined();
  });

  it('a surname that is an alias already is no suggestion', () => {
    const files = {
      ...ALIAS_FILES,
      'actors/osama-juwaili.md': '---\nname: أسامة الجويلي\nkind: person\naliases: [{ text: الجويلي, weak: true }]\n---\n',
    };
    expect(byText(suggest(files), 'الجويلي')).toBeUndefined();
  });

  it('the head nouns are one list', () => {
    for (const noun of ['قوات', 'حكومة', 'جيش', 'ميليشيات', 'مجلس', 'أنصار', 'كتائب', 'وفد']) expect(HEAD_NOUNS).toHaveProperty(noun);
  });

  it('prints one line per suggestion, its examples under it, and how to add one', () => {
    const lines = suggestionLines(suggestions, 2);
    expect(lines[0]).toBe('## Candidate aliases seen 2 times or more (6)');
    expect(lines).toContain(
      '- "قوات حفتر" → actors/libyan-national-army: 2 times, strong (2 of 2 occurrences are in documents that list actors/libyan-national-army or name it otherwise); phrase on a name',
    );
    expect(lines).toContain('    articles/2020/06/a1.md:10');
    expect(lines.at(-1)).toBe(
      "To add one, write it under `aliases:` in the entity's file: `- الجويلي` if strong, `- { text: حكومة السراج, weak: true }` if weak.",
    );
    expect(suggestionLines([], 3)).toEqual(['No candidate aliases seen 3 times or more.']);
  });
});
