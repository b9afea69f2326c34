/**
 * Writes a generated corpus into a content root, one file at a time: the
 * entities first (held in memory, they are few), then each article as soon
 * as it is generated, so memory stays flat however many articles are asked for.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from './article.ts';
import { generateEntities } from './entities.ts';
import { fillerWords } from './filler.ts';
import { EntityPool } from './pool.ts';
import { entityPath, renderArticle, renderEntity } from './render.ts';
import { deriveSeed, Rng } from './rng.ts';

/** What to generate and where. */
export interface CorpusOptions {
  articles: number;
  entities: number;
  /** The content root to write (created when missing). */
  out: string;
  seed: number;
  /** Write into a non-empty folder, replacing its articles/, actors/ and agreements/. */
  force: boolean;
}

/** What was written. */
export interface CorpusSummary {
  files: number;
  bytes: number;
  articles: number;
  actors: number;
  agreements: number;
  /** Words in all article bodies. */
  words: number;
}

/** A mistake in how the command was called; the CLI prints the message without a stack trace. */
export class CorpusError extends Error {}

const CONTENT_FOLDERS = ['articles', 'actors', 'agreements'];

/** Refuses a non-empty folder unless `force`; with `force`, clears the three content folders in it. */
export function prepareOutput(out: string, force: boolean): void {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new CorpusError(`${out} is a file, not a folder`);
    if (readdirSync(out).length > 0) {
      if (!force)
        throw new CorpusError(
          `${out} is not empty: choose an empty or new folder, or pass --force to replace its articles/, actors/ and agreements/`,
        );
      for (const folder of CONTENT_FOLDERS) rmSync(path.join(out, folder), { recursive: true, force: true });
    }
  }
  mkdirSync(out, { recursive: true });
}

/** Generate the corpus and write it under `options.out`. */
export function writeCorpus(options: CorpusOptions): CorpusSummary {
  if (options.articles > 0 && options.entities < 2)
    throw new CorpusError('articles name at least two entities: ask for --entities 2 or more');
  prepareOutput(options.out, options.force);
  const summary: CorpusSummary = { files: 0, bytes: 0, articles: 0, actors: 0, agreements: 0, words: 0 };
  const folders = new Set<string>();
  const write = (relative: string, text: string) => {
    const file = path.join(options.out, relative);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, text);
    summary.files++;
    summary.bytes += Buffer.byteLength(text);
  };

  const entities = generateEntities(options.entities, options.seed, fillerWords());
  for (const entity of entities) {
    write(entityPath(entity), renderEntity(entity));
    summary[entity.collection]++;
  }
  const pool = new EntityPool(entities, new Rng(deriveSeed(options.seed, 'popularity')));
  for (let index = 0; index < options.articles; index++) {
    const article = generateArticle(index, options.seed, pool);
    write(article.path, renderArticle(article));
    summary.articles++;
    summary.words += article.words;
  }
  return summary;
}
