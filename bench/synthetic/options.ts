/** The command line of `npm run corpus`, checked before anything is written. */
import { parseArgs } from 'node:util';
import { CorpusError, type CorpusOptions } from './writer.ts';

/** How to call the command, printed with every argument error. */
export const USAGE = 'usage: npm run corpus -- --articles N --entities M --out DIR [--seed S] [--force]';

function count(name: string, raw: string | undefined, min: number): number {
  if (raw === undefined) throw new CorpusError(`--${name} is required\n${USAGE}`);
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CorpusError(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

/** Options from `argv` (without the node and script paths); undefined when help was asked for. */
export function parseCorpusArgs(argv: readonly string[]): CorpusOptions | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        articles: { type: 'string' },
        entities: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CorpusError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.help) return undefined;
  if (!values.out) throw new CorpusError(`--out is required\n${USAGE}`);
  return {
    articles: count('articles', values.articles, 0),
    entities: count('entities', values.entities, 1),
    out: values.out,
    seed: count('seed', values.seed, 0),
    force: values.force,
  };
}
