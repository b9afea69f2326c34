/**
 * Astro's glob loader, aware that a document's links depend on other files,
 * and that what a contributor writes as raw HTML must be cleaned.
 * Astro keeps rendered Markdown between runs and re-renders a file only when
 * its own text changes; a link also depends on every entity's names and on
 * the link settings. When that "linking state" changes, this loader renders
 * its documents again: at the start of a build (from the state kept in the
 * content store) and, in `astro dev`, as soon as an entity file is edited.
 * Every rendered document passes through the sanitiser on its way into the
 * store, whichever path rendered it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { mayHoldRawHtml, sanitizeHtml } from '../lib/security/sanitize.ts';
import { glob } from 'astro/loaders';

export interface LinkedMarkdownOptions {
  /** Folder of the collection. */
  base: string;
  pattern: string;
  /** Folders whose files decide the links (the entity folders). */
  linkSources: readonly string[];
  /** A digest of everything links depend on besides the document itself, read afresh from the files. */
  linkingState: () => string;
  /** The site's origin, to tell external links from internal ones. */
  siteUrl: string | undefined;
}

const STATE_KEY = 'linking-state';

export function linkedMarkdown(options: LinkedMarkdownOptions): Loader {
  const files = glob({ pattern: options.pattern, base: options.base, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  return {
    name: 'marsad:linked-markdown',
    async load(outerContext) {
      const context: LoaderContext = { ...outerContext, store: sanitizingStore(outerContext.store, options.siteUrl) };
      const state = options.linkingState();
      if (context.meta.get(STATE_KEY) !== state) {
        context.store.clear();
        context.meta.set(STATE_KEY, state);
      }
      await files.load(context);
      context.watcher?.on('all', (_event, changed) => {
        if (options.linkSources.some((folder) => changed.startsWith(folder + path.sep))) void relink(context, options);
      });
    },
  };
}

type StoredEntry = Parameters<DataStore['set']>[0];

/** The same store, but what is set in it has its raw HTML cleaned first. */
function sanitizingStore(store: DataStore, siteUrl: string | undefined): DataStore {
  const clean = (entry: StoredEntry): StoredEntry => {
    const html = entry.rendered?.html;
    if (!entry.rendered || !html || !entry.body || !mayHoldRawHtml(entry.body)) return entry;
    return { ...entry, rendered: { ...entry.rendered, html: sanitizeHtml(html, siteUrl) } };
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return (entry: StoredEntry) => target.set(clean(entry));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function relink(context: LoaderContext, options: LinkedMarkdownOptions): Promise<void> {
  const state = options.linkingState();
  if (context.meta.get(STATE_KEY) === state) return;
  context.meta.set(STATE_KEY, state);
  let count = 0;
  for (const entry of context.store.values()) {
    if (!entry.filePath) continue;
    const file = path.resolve(context.config.root.pathname, entry.filePath);
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined) continue;
    const rendered = await context.renderMarkdown(source, { fileURL: pathToFileURL(file) });
    context.store.set({ ...entry, rendered, digest: context.generateDigest(`${entry.digest ?? ''}\0${state}`) });
    count++;
  }
  context.logger.info(`entity names changed: relinked ${count} documents`);
}

/** A digest of source files (folders read recursively, in sorted order). */
export function digestSources(paths: readonly string[]): string {
  const hash = createHash('sha1');
  const add = (file: string) => {
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
    } else hash.update(file).update(readFileSync(file));
  };
  for (const entry of paths) add(entry);
  return hash.digest('base64');
}
