/** Reads the command line of `npm run new`. */
import type { Language } from '../config/language.ts';
import { recordDate } from '../content/fields.ts';
import { messageText, say } from '../messages/format.ts';
import { schemaSaid } from '../messages/schema-messages.ts';
import { messageLanguage } from '../messages/language.ts';
import { isNewKind, type NewKind } from './kinds.ts';
import { NEW_WORDS } from './words.ts';

/** What the contributor asked for. */
export interface NewRequest {
  kind: NewKind;
  /** The article's title, or the actor's or agreement's Arabic name. */
  title: string;
  /** The id given with `--id`; absent when one should be suggested. */
  id?: string;
  /** The day given with `--date`, in ASCII digits; absent for today. */
  date?: string;
}

/**
 * A mistake on the command line, with the usage after it. `status` follows
 * the convention of command-line tools: 2 for an option the command does not
 * have, 1 for the rest (kept from before options were checked this way).
 */
export interface ArgsError {
  error: string;
  status: 1 | 2;
}

/** `--help` or `-h`: print the usage and stop. */
export interface HelpRequest {
  help: true;
}

/** The usage text in a language (the run's, by default). */
export function usage(language: Language = messageLanguage()): string {
  return NEW_WORDS[language].usage;
}

/**
 * Parses `article "<title>" [--id <id>] [--date YYYY-MM-DD]`. Words after the
 * kind are joined with spaces, so a name typed without quotes still works.
 */
export function parseNewArgs(argv: readonly string[], language: Language = messageLanguage()): NewRequest | HelpRequest | ArgsError {
  const words = NEW_WORDS[language];
  const fail = (message: string, status: 1 | 2 = 1): ArgsError => ({ error: `${message}\n${words.usage}`, status });
  // Asking for help is answered whatever else the line holds, mistakes included.
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return { help: true };
  const found: string[] = [];
  const values: { id?: string; date?: string } = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const option = (['--id', '--date'] as const).find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option !== undefined) {
      let value: string | undefined = arg.slice(option.length + 1);
      if (arg === option) {
        value = argv[index + 1];
        if (value === undefined || value.startsWith('--')) return fail(words.needsValue(option));
        index++;
      }
      values[option === '--id' ? 'id' : 'date'] = value;
    } else if (arg.startsWith('-')) {
      return fail(words.unknownOption(arg), 2);
    } else {
      found.push(arg);
    }
  }
  const [kind, ...titleWords] = found;
  if (kind === undefined) return { error: words.usage, status: 1 };
  if (!isNewKind(kind)) return fail(words.notAKind(kind));
  const title = titleWords.join(' ').trim();
  if (title === '') return fail(words.noTitle(kind));
  const request: NewRequest = { kind, title };
  if (values.id !== undefined) request.id = values.id;
  if (values.date !== undefined) {
    if (kind === 'actor') return fail(words.dateForActor);
    const day = readDay(values.date);
    if (typeof day !== 'string') return fail(day.error);
    request.date = day;
  }
  return request;
}

/**
 * The day of `--date`, read as the content format reads a date (any digits,
 * a day of the calendar, inside the archive's range), or the refusal the
 * check would give for it in frontmatter.
 */
function readDay(value: string): string | { error: string } {
  const parsed = recordDate.safeParse(value);
  if (parsed.success) return parsed.data;
  const text = parsed.error.issues[0]?.message ?? '';
  // In the run's language, as schemaSaid and say speak.
  const said = schemaSaid(text, '--date') ?? say('not-a-date', { field: '--date', value });
  return { error: messageText(said) };
}
