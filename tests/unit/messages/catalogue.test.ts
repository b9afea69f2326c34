import { describe, expect, it } from 'vitest';
import { CATALOGUE, MESSAGE_CODES, RETIRED_CODES } from '../../../src/lib/messages/catalogue.ts';
import { code as codeSpan, q } from '../../../src/lib/messages/entry.ts';
import { messageText, sample, say, sayIn } from '../../../src/lib/messages/format.ts';
import { LANGUAGES } from '../../../src/lib/messages/language.ts';

const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const ARABIC_WORD = /[\u0600-\u06FF]{2,}/gu;
/** Values a message quotes ("…") or shows as code (`…`): names, ids, fields and examples, which may be in either script. */
const QUOTED = /"[^"]*"|`[^`]*`|«[^»]*»/gu;
/** The one place an Arabic message passes on a library's English words: a marked detail at its end. */
const DETAIL = /\((?:تفصيل تقني|التفصيل بالإنجليزية): .*\)\.?$/u;
/**
 * Latin words an Arabic sentence may carry: paths and ids (actors/qatar.md),
 * names of formats and settings (Markdown, UTF-8, CONTENT_DIR, MB), code
 * points (U+200B), addresses (https://…). A lower-case English word is none of these.
 */
const LATIN_NAME = /[A-Za-z0-9][\w.:/+-]*[/.:_+\d-][\w.:/+…-]*|\b[A-Z][A-Za-z]*\b/g;
const LATIN_WORD = /[a-z]{2,}/g;

const parts = (said: { title: string; message: string; hint: string }) => ({ title: said.title, message: said.message, hint: said.hint });

describe('every catalogue entry, in both languages, with its sample values', () => {
  for (const code of MESSAGE_CODES) {
    for (const language of LANGUAGES) {
      it(`${code} (${language})`, () => {
        const said = sample(code, language);
        expect(said.code).toBe(code);
        for (const [part, text] of Object.entries(parts(said))) {
          expect(text.trim(), `${part} is empty`).not.toBe('');
          expect(text, `${part} has a missing value`).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object /);
          // A placeholder left in braces; YAML's own braces may stand in code (`{ text: … }`).
          expect(text.replace(QUOTED, '""'), `${part} has a placeholder`).not.toMatch(/\{[^}]*\}|\$\{/);
          expect(text.replace(QUOTED, '""'), `${part} has doubled spaces or punctuation`).not.toMatch(/ {2}|\.\.(?!\.)|::|،،|\.\./);
        }
        // The two languages join message and hint differently (format.ts messageText): Arabic sentences end in their own punctuation.
        if (language === 'ar') expect(said.message, 'an Arabic message ends a sentence').toMatch(/[.؟!]$/u);
        else expect(said.message, 'an English message is a clause, joined to its hint by a colon').not.toMatch(/[.؟!:;]$/u);
        if (language === 'ar') {
          // Arabic prose, not English with Arabic values: Arabic words, and no English word outside values, names and details.
          for (const [part, text] of Object.entries(parts(said))) {
            const prose = text.replace(DETAIL, '').replace(QUOTED, '').replace(LATIN_NAME, '');
            expect(prose.match(ARABIC_WORD)?.length ?? 0, `${part} has no Arabic: ${text}`).toBeGreaterThan(0);
            expect(prose.match(LATIN_WORD) ?? [], `${part} has English words: ${text}`).toEqual([]);
          }
        } else {
          for (const [part, text] of Object.entries(parts(said)))
            expect(text.replace(QUOTED, ''), `${part} has Arabic outside quotes`).not.toMatch(ARABIC_LETTER);
        }
      });
    }
  }
});

describe('the catalogue', () => {
  it('has entries, each code a slug, none retired', () => {
    expect(MESSAGE_CODES.length).toBeGreaterThan(30);
    for (const code of MESSAGE_CODES) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RETIRED_CODES).not.toContain(code);
    }
  });
  it('gives every entry a title of its own in each language', () => {
    for (const language of LANGUAGES) {
      const titles = MESSAGE_CODES.map((code) => CATALOGUE[code][language].title);
      expect(new Set(titles).size, language).toBe(titles.length);
    }
  });
  it('says the values it is given, in both languages', () => {
    for (const language of LANGUAGES) {
      const said = sayIn(language, 'unknown-id', {
        id: 'khalifa-hafter',
        field: 'actors',
        collection: 'actors',
        suggestion: 'khalifa-haftar',
      });
      expect(said.message).toContain('khalifa-hafter');
      expect(said.hint).toContain('khalifa-haftar');
      expect(said.severity).toBe('error');
    }
    expect(messageText(sayIn('ar', 'unknown-id', { id: 'x', field: 'actors', collection: 'actors', suggestion: 'y' }))).toBe(
      'المعرّف "x" في `actors` غير موجود في الفاعلين: لا يوجد ملف actors/x.md. هل تقصد "y"؟',
    );
    expect(messageText(sayIn('en', 'unknown-id', { id: 'x', field: 'actors', collection: 'actors', suggestion: undefined }))).toBe(
      'unknown actor `x` in `actors`: there is no actors/x.md; add the file actors/x.md or remove the id',
    );
  });
  it('follows MARSAD_LANG in say()', () => {
    const previous = process.env['MARSAD_LANG'];
    try {
      process.env['MARSAD_LANG'] = 'ar';
      expect(say('empty-file').message).toMatch(ARABIC_LETTER);
      process.env['MARSAD_LANG'] = 'en';
      expect(say('empty-file').message).toBe('the file is empty');
    } finally {
      if (previous === undefined) delete process.env['MARSAD_LANG'];
      else process.env['MARSAD_LANG'] = previous;
    }
  });
  it('quotes values and code the same way in both languages', () => {
    expect(q('قطر')).toBe('"قطر"');
    expect(codeSpan('actors')).toBe('`actors`');
  });
});

describe('the types tie each code to its values', () => {
  it('refuses a message without its values, with values it does not take, or an unknown code', () => {
    // Compile-time checks: `npx tsc --noEmit` fails if any of these lines stops being an error.
    const refused = () => {
      // @ts-expect-error unknown-id needs its values
      say('unknown-id');
      // @ts-expect-error the suggestion is part of the values
      say('unknown-id', { id: 'x', field: 'actors', collection: 'actors' });
      // @ts-expect-error a code that is not in the catalogue
      say('no-such-code');
      // @ts-expect-error empty-file takes no values
      say('empty-file', { id: 'x' });
    };
    expect(typeof refused).toBe('function');
  });
});
