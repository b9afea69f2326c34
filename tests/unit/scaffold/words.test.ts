/** Every line `npm run new` prints exists in both languages, and the Arabic one is Arabic. */
import { describe, expect, it } from 'vitest';
import { NEW_WORDS } from '../../../src/lib/scaffold/words.ts';

/** Each wording with sample values, as one text. */
function said(language: 'ar' | 'en'): Record<string, string> {
  const words = NEW_WORDS[language];
  return {
    usage: words.usage,
    needsId: words.needsValue('--id'),
    needsDate: words.needsValue('--date'),
    unknownOption: words.unknownOption('--force'),
    notAKind: words.notAKind('person'),
    noTitle: words.noTitle('article'),
    noName: words.noTitle('actor'),
    dateForActor: words.dateForActor,
    noSuggestion: words.noSuggestion('؟!', 'article'),
    badId: words.badId('2021/02/x', true),
    exists: words.exists('content/actors/qatar.md'),
    idUsed: words.idUsed('qatar', 'content/agreements/qatar.md'),
    cannotWrite: words.cannotWrite('content/actors/x.md', 'permission'),
    usingId: words.usingId('khalifa-haftar'),
    wrote: words.wrote('content/actors/khalifa-haftar.md'),
    next: words.next('`kind`'),
    schemaNext: words.schemaNext,
  };
}

const VALUES = [
  '--id',
  '--date',
  '--help',
  '--force',
  '"person"',
  '2021/02/x',
  'content/actors/qatar.md',
  'content/agreements/qatar.md',
  'content/actors/x.md',
  'khalifa-haftar',
  '`kind`',
  'npm run check',
  'npm run schema',
  'schemas/',
];

describe('the words of npm run new', () => {
  const english = said('en');
  const arabic = said('ar');
  for (const key of Object.keys(english)) {
    it(`${key} is said in both languages, with the same values`, () => {
      expect(arabic[key]).toMatch(/[\u0621-\u064A]{3}/u);
      // English lines are English; only the usage's example title is Arabic, as a contributor types it.
      if (key !== 'usage') expect(english[key]).not.toMatch(/[\u0621-\u064A]/u);
      // The values a contributor types or looks for (options, ids, paths) appear in both.
      for (const value of VALUES.filter((candidate) => english[key]?.includes(candidate))) expect(arabic[key], value).toContain(value);
    });
  }
});
