/**
 * The table of messages in CONTRIBUTING.md, written from the catalogue so
 * that it can never disagree with what `npm run check` prints. Each language
 * section of a file has its own pair of markers:
 *
 *   <!-- messages:start ar --> … <!-- messages:end -->
 *
 * `npm run messages:docs` rewrites what lies between them; a unit test fails
 * while a file differs from what this module writes.
 */
import { MESSAGE_CODES, entryOf } from './catalogue.ts';
import { sample } from './format.ts';
import { LANGUAGES, type Language } from './language.ts';

/** The files that carry tables, relative to the repository root. */
export const DOCUMENTED_FILES: readonly string[] = ['CONTRIBUTING.md'];

const HEADINGS: Record<Language, readonly string[]> = {
  ar: ['الرمز', 'النوع', 'المشكلة', 'مثال للرسالة', 'ما العمل'],
  en: ['code', 'kind', 'problem', 'example message', 'what to do'],
};

const SEVERITY: Record<Language, Record<'error' | 'warning', string>> = {
  ar: { error: 'خطأ', warning: 'تنبيه' },
  en: { error: 'error', warning: 'warning' },
};

/** A cell of a Markdown table: one line, and no `|` that would end it early. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** The table of every message, in catalogue order, with each entry's sample values. */
export function messagesTable(language: Language): string {
  const heading = HEADINGS[language];
  const rows = MESSAGE_CODES.map((code) => {
    const said = sample(code, language);
    return `| \`${code}\` | ${SEVERITY[language][entryOf(code).severity]} | ${cell(said.title)} | ${cell(said.message)} | ${cell(said.hint)} |`;
  });
  return [`| ${heading.join(' | ')} |`, `|${heading.map(() => '---').join('|')}|`, ...rows].join('\n');
}

const MARKERS = new RegExp(`(<!-- messages:start (${LANGUAGES.join('|')}) -->\\n)[\\s\\S]*?(<!-- messages:end -->)`, 'g');

/** The file's text with every marked table rewritten; the text unchanged where there is no marker. */
export function withMessageTables(markdown: string): string {
  return markdown.replace(
    MARKERS,
    (_whole, start: string, language: Language, end: string) => `${start}\n${messagesTable(language)}\n\n${end}`,
  );
}

/** The languages whose tables a file marks, in order: a test checks each section has one. */
export function markedLanguages(markdown: string): Language[] {
  return [...markdown.matchAll(MARKERS)].map((match) => match[2] as Language);
}
