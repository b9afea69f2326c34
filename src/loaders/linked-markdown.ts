/**
 * Astro's glob loader, aware that a document's links depend on other files.
 * Astro keeps rendered Markdown between runs and re-renders a file only when
 * its own text changes; a link also depends on every entity's names and on
 * the link settings. When that "linking state" changes, this loader renders
 * its documents again: at the start of a build (from the state kept in the
 * content store) and, in `astro dev`, as soon as an entity file is edited.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

export interface LinkedMarkdownOptions {
  /** Folder of the collection. */
  base: string;
  pattern: string;
  /** Folders whose files decide the links (the entity folders). */
  linkSources: readonly string[];
  /** A digest of everything links depend on besides the document itself, read afresh from the files. */
  linkingState: () => string;
}

const STATE_KEY = 'linking-state';

export function linkedMarkdown(options: LinkedMarkdownOptions): Loader {
  const files = glob({ pattern: options.pattern, base: options.base, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  return {
    name: 'marsad:linked-markdown',
    async load(context) {
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
