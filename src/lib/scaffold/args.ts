/** Reads the command line of `npm run new`. */
import { isNewKind, NEW_KINDS, type NewKind } from './kinds.ts';

/** What the contributor asked for. */
export interface NewRequest {
  kind: NewKind;
  /** The article's title, or the actor's or agreement's Arabic name. */
  title: string;
  /** The id given with `--id`; absent when one should be suggested. */
  id?: string;
}

/** Printed with every mistake on the command line. */
export const USAGE = `usage: npm run new -- ${Object.keys(NEW_KINDS).join('|')} "<title or name>" [--id <id>]`;

/**
 * Parses `article "<title>" [--id <id>]`. Words after the kind are joined
 * with spaces, so a name typed without quotes still works.
 */
export function parseNewArgs(argv: readonly string[]): NewRequest | { error: string } {
  const words: string[] = [];
  let id: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--id') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) return { error: `--id needs a value, such as --id khalifa-haftar\n${USAGE}` };
      id = value;
      index++;
    } else if (arg.startsWith('--id=')) {
      id = arg.slice('--id='.length);
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}\n${USAGE}` };
    } else {
      words.push(arg);
    }
  }
  const [kind, ...titleWords] = words;
  if (kind === undefined) return { error: USAGE };
  if (!isNewKind(kind)) return { error: `"${kind}" is not something npm run new creates: choose ${Object.keys(NEW_KINDS).join(', ')}\n${USAGE}` };
  const title = titleWords.join(' ').trim();
  if (title === '') return { error: `write the ${kind === 'article' ? 'title' : 'Arabic name'} after ${kind}, in quotes\n${USAGE}` };
  return id === undefined ? { kind, title } : { kind, title, id };
}
