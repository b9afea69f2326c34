/**
 * A collection read from the same corpus the check and the mention index
 * read (src/lib/content/corpus.ts): each file is parsed and validated once
 * per build, and the content store keeps only frontmatter, never the body
 * or rendered HTML; pages render Markdown themselves (src/lib/markdown/render.ts).
 * In `astro dev`, an edit to any content file syncs the collection again.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../lib/content/schema.ts';
import { loadSiteIndex } from '../lib/site-index.ts';

export interface CorpusCollectionOptions {
  /** The content root (CONTENT_DIR). */
  root: string;
  collection: CollectionName;
}

export function corpusCollection({ root, collection }: CorpusCollectionOptions): Loader {
  return {
    name: 'marsad:corpus',
    async load(context) {
      await syncCollection(context, root, collection);
      if (!context.watcher) return;
      context.watcher.add(root);
      context.watcher.on('all', (_event, changed) => {
        if (changed.startsWith(root + path.sep)) void syncCollection(context, root, collection);
      });
    },
  };
}

async function syncCollection(
  { store, parseData, generateDigest, config, watcher }: LoaderContext,
  root: string,
  collection: CollectionName,
): Promise<void> {
  // In `astro dev` a sync follows an edit, so the files are looked at; a build syncs its three collections one after
  // the other, just after the check read the files, and each look costs 11,000 stats at 10,000 articles.
  const { corpus } = loadSiteIndex(root, watcher ? { maxAgeMs: 0 } : {});
  const present = new Set<string>();
  for (const entry of corpus[collection]) {
    present.add(entry.id);
    const digest = generateDigest(JSON.stringify([entry.data, entry.body]));
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
    store.set({ id: entry.id, data, digest, filePath: path.relative(config.root.pathname, entry.file) });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}
