/**
 * The text of a new content file. Required fields the command cannot know
 * are written as placeholders that `npm run check` (and the editor schema)
 * reject, so a file cannot be published before someone fills them in.
 */
import { stringify } from 'yaml';
import { ACTOR_KINDS, AGREEMENT_KINDS } from '../content/schema.ts';
import type { NewKind } from './kinds.ts';

/**
 * A `kind` value that is deliberately not in the list: the checker answers
 * with "choose one of: …", which is exactly the instruction.
 */
const kindPlaceholder = (kinds: readonly string[]): string => `TODO-choose-one-of-${kinds.join('-')}`;

/** The fields each new file leaves for the contributor, in the order they appear. */
export const PLACEHOLDER_FIELDS: Record<NewKind, readonly string[]> = {
  article: ['summary'],
  actor: ['kind'],
  agreement: ['kind'],
};

/** The complete file `npm run new` writes for `kind`, dated `today` (`YYYY-MM-DD`). */
export function renderNewFile(kind: NewKind, title: string, today: string): string {
  const lines = FRONTMATTER[kind](scalar(title), today);
  return `---\n${lines.join('\n')}\n---\n\n${TEMPLATE_BODY[kind]}\n`;
}

/** A YAML scalar on one line, quoted only when YAML needs it (`:` or `#` in a title, a title that looks like a number). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const FRONTMATTER: Record<NewKind, (title: string, today: string) => string[]> = {
  article: (title, today) => [
    `title: ${title}`,
    `date: ${today}`,
    // An empty string, not a "TODO" text: the schema refuses it ("summary is empty: write it out").
    'summary: "" # جملة أو جملتان تلخّصان الخبر، بكلماتك',
    'actors: []',
    'agreements: []',
    'tags: []',
    `# source: { name: اسم المصدر, url: https://example.org/..., date: ${today} }`,
  ],
  actor: (name) => [
    `name: ${name}`,
    `kind: ${kindPlaceholder(ACTOR_KINDS)}`,
    'aliases: []',
    'affiliations: []',
    '# name_en: English name',
    '# wikidata: Q...',
    '# born: YYYY-MM-DD (people); founded, dissolved: YYYY-MM-DD (organisations)',
  ],
  agreement: (name, today) => [
    `name: ${name}`,
    `kind: ${kindPlaceholder(AGREEMENT_KINDS)}`,
    `signed: ${today} # يوم التوقيع: صحّحه`,
    'aliases: []',
    'parties: []',
    'witnesses: []',
    'related: []',
    '# name_en: English name',
    '# place: مكان التوقيع',
    '# status: signed, in-force, suspended, expired, disputed or superseded',
    '# text_url: https://...',
  ],
};

/** The text a new file starts with; `npm run check` refuses it until it is replaced. */
export const TEMPLATE_BODY: Record<NewKind, string> = {
  article: 'اكتب نص الخبر هنا بكلماتك، واذكر من أين جاءت كل معلومة.',
  actor: 'اكتب هنا وصفاً قصيراً بكلماتك: من هو، وما دوره.',
  agreement: 'اكتب هنا وصفاً قصيراً بكلماتك: من وقّعه، ومتى، وما أبرز بنوده.',
};
