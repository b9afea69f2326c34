/**
 * Writes bench/search/queries.json: the search benchmark's query set over the
 * demo corpus. Each query is a word or name taken from one page and written
 * the way a reader might type it (another prefix, diacritics, another hamza
 * or final letter, tatweel, Arabic-Indic digits, another alias spelling); the
 * page it came from is the page it must find. The expected pages come from
 * the raw text, never from the search keys the search itself uses.
 *
 *   npm run bench:search:queries   (then review and commit the file)
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus, resolveContentRoot } from '../src/lib/content/corpus.ts';
import { surfaceForms } from '../src/lib/entities/registry.ts';
import { pick, seededRandom, shuffle } from '../bench/synthetic/random.ts';
import { articlePath, entityPath } from '../src/lib/pages/urls.ts';

interface Query {
  class: string;
  query: string;
  /** Site paths (without the base path) that must be among the first ten results. */
  expect: string[];
  /** The word or name as the page writes it. */
  source: string;
}

const PER_CLASS = 16;
const random = seededRandom(20201023);
const corpus = loadCorpus(resolveContentRoot());
const pages = [
  ...corpus.articles
    .filter((article) => !article.data.draft)
    .map((article) => ({ path: articlePath(article.id), text: `${article.data.title} ${article.data.summary} ${article.body}` })),
  ...[...corpus.actors, ...corpus.agreements].map((entity) => ({
    path: entityPath(entity.collection, entity.id),
    text: `${surfaceForms(entity)
      .map(({ form }) => form)
      .join(' ')} ${entity.body}`,
  })),
];

const ARABIC = /\p{Script=Arabic}/u;
const wordsOf = (text: string) => text.split(/[^\p{L}\p{M}\p{N}\u0640]+/u).filter(Boolean);
/** How many pages write this exact word. */
const pageCount = new Map<string, number>();
for (const page of pages) for (const word of new Set(wordsOf(page.text))) pageCount.set(word, (pageCount.get(word) ?? 0) + 1);
/**
 * A deliberately rough spelling-blind form, used only to pick words that few
 * pages contain (so "the page it came from" is a fair answer within ten
 * results); it never decides which pages a query must find.
 */
const looseForm = (word: string) =>
  word
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[ؤئ]/gu, 'ء')
    .replace(/ة$/u, 'ه')
    .replace(/ى$/u, 'ي')
    .replace(/^(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]|[وف])(?=\p{L}{3,})/u, '');
const loosePageCount = new Map<string, number>();
for (const page of pages)
  for (const form of new Set(wordsOf(page.text).map(looseForm))) loosePageCount.set(form, (loosePageCount.get(form) ?? 0) + 1);
const isRare = (word: string) => (loosePageCount.get(looseForm(word)) ?? 0) <= 2;
const candidates = pages.flatMap((page) => [...new Set(wordsOf(page.text))].filter(isRare).map((word) => ({ page: page.path, word })));
const rare = candidates.filter(({ word }) => ARABIC.test(word) && word.length >= 4);

const queries: Query[] = [];
function addClass(name: string, make: (candidate: { page: string; word: string }) => string | undefined, pool = rare): void {
  const seen = new Set<string>();
  const shuffled = shuffle(random, pool);
  for (const candidate of shuffled) {
    if (queries.filter((query) => query.class === name).length >= PER_CLASS) break;
    const query = make(candidate);
    if (!query || seen.has(query) || query === '') continue;
    seen.add(query);
    queries.push({ class: name, query, expect: [candidate.page], source: candidate.word });
  }
}

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651'];
const CONNECTING = /[بتثجحخسشصضطظعغفقكلمنهي]/u;

addClass('exact', ({ word }) => (/^[وفبكل]/u.test(word) ? undefined : word));
addClass(
  'proclitic in the text',
  ({ word }) => {
    const withArticle = /^(?:[وف][بكل]?|[بك])(ال\p{L}{3,})$/u.exec(word);
    if (withArticle) return withArticle[1];
    const doubleLam = /^[وف]?لل(\p{L}{3,})$/u.exec(word);
    if (doubleLam) return `ال${doubleLam[1]}`;
    const plain = /^[وف]?[بكل](\p{L}{3,})$/u.exec(word);
    return plain && (pageCount.get(plain[1] ?? '') ?? 0) > 0 ? plain[1] : undefined;
  },
  candidates.filter(({ word }) => ARABIC.test(word)),
);
addClass('proclitic in the query', ({ word }) => {
  if (/^[وفبكل]/u.test(word)) return undefined;
  if (word.startsWith('ال')) return pick(random, ['و', 'ف', 'ب', 'وب', 'ك']) + word;
  return pick(random, ['و', 'ف', 'ب', 'ل', 'ك', 'ول', 'وب', 'فل']) + word;
});
addClass('diacritics', ({ word }) =>
  [...word].map((letter) => (/\p{L}/u.test(letter) && random() < 0.6 ? letter + pick(random, HARAKAT) : letter)).join(''),
);
addClass(
  'hamza forms',
  ({ word }) => {
    if (/[أإآ]/u.test(word)) return word.replace(/[أإآ]/gu, 'ا');
    if (/[ؤئ]/u.test(word)) return word.replace(/[ؤئ]/gu, (hamza) => (hamza === 'ؤ' ? 'ئ' : 'ؤ'));
    return undefined;
  },
  candidates.filter(({ word }) => /[أإآؤئ]/u.test(word) && word.length >= 3),
);
addClass(
  'ة/ه',
  ({ word }) => (word.endsWith('ة') ? `${word.slice(0, -1)}ه` : undefined),
  candidates.filter(({ word }) => word.endsWith('ة') && word.length >= 3),
);
addClass(
  'ى/ي',
  ({ word }) => (word.endsWith('ى') ? `${word.slice(0, -1)}ي` : word.endsWith('ي') ? `${word.slice(0, -1)}ى` : undefined),
  candidates.filter(({ word }) => /[ىي]$/u.test(word) && word.length >= 3),
);
addClass('tatweel', ({ word }) => {
  const letters = [...word];
  const at = letters.findIndex((letter, index) => index > 0 && index < letters.length - 1 && CONNECTING.test(letter));
  return at === -1 ? undefined : [...letters.slice(0, at + 1), 'ــ', ...letters.slice(at + 1)].join('');
});
addClass(
  'Arabic-Indic digits',
  ({ word }) => (/^\d{2,}$/u.test(word) ? word.replace(/\d/gu, (digit) => String.fromCharCode(0x0660 + Number(digit))) : undefined),
  candidates.filter(({ word }) => /^\d{2,}$/u.test(word)),
);

const entities = [...corpus.actors, ...corpus.agreements];
const aliasQueries: Query[] = [];
for (const entity of entities) {
  const forms = surfaceForms(entity)
    .map(({ form }) => form)
    .filter((form) => ARABIC.test(form));
  for (const form of forms.slice(1))
    aliasQueries.push({
      class: 'alias spellings',
      query: form,
      expect: [entityPath(entity.collection, entity.id)],
      source: entity.data.name,
    });
}
queries.push(...shuffle(random, aliasQueries).slice(0, PER_CLASS + 4));
const multiWord = entities.flatMap((entity) =>
  surfaceForms(entity)
    .map(({ form }) => form)
    .filter((form) => ARABIC.test(form) && form.trim().includes(' '))
    .map((form): Query => ({ class: 'multi-word names', query: form, expect: [entityPath(entity.collection, entity.id)], source: form })),
);
queries.push(...shuffle(random, multiWord).slice(0, PER_CLASS + 4));

// Names joined by a symbol (5+5), typed as written, with spaces around the symbol, in Arabic-Indic digits, or both.
// A name alone must find every entity whose name or alias writes it; a whole name, its own entity.
const JOINED_RUN = /[\p{L}\p{N}]+(?:\s*[+&/]\s*[\p{L}\p{N}]+)+/gu;
const spellings = (text: string) => {
  const tight = text.replace(/\s*([+&/])\s*/gu, '$1');
  const spaced = tight.replace(/[+&/]/gu, ' $& ');
  const indic = (written: string) => written.replace(/\d/gu, (digit) => String.fromCharCode(0x0660 + Number(digit)));
  return [...new Set([tight, spaced, indic(tight), indic(spaced)])];
};
const symbolQueries = new Map<string, Query>();
for (const entity of entities) {
  for (const { form } of surfaceForms(entity)) {
    for (const run of form.match(JOINED_RUN) ?? []) {
      const path = entityPath(entity.collection, entity.id);
      for (const query of spellings(run)) {
        const known = symbolQueries.get(query);
        if (known) {
          if (!known.expect.includes(path)) known.expect.push(path);
        } else symbolQueries.set(query, { class: 'names with symbols', query, expect: [path], source: run });
      }
      if (form.trim() !== run)
        for (const query of spellings(form.trim()).slice(1))
          symbolQueries.set(query, { class: 'names with symbols', query, expect: [path], source: form });
    }
  }
}
queries.push(...symbolQueries.values());

writeFileSync('bench/search/queries.json', `${JSON.stringify(queries, null, 1)}\n`);
const counts = new Map<string, number>();
for (const query of queries) counts.set(query.class, (counts.get(query.class) ?? 0) + 1);
console.log(`${queries.length} queries written to bench/search/queries.json`);
for (const [name, count] of counts) console.log(`  ${name}: ${count}`);
