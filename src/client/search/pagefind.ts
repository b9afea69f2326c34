/**
 * Loads Pagefind's browser API from the built site, once, on first use, with
 * every shard of a split index merged into it (src/lib/search/shards.ts).
 * Merged shards share the primary's WebAssembly (Pagefind 1.6 initialises
 * them with `load_wasm: false`), so each costs its small meta file and the
 * index chunks a query needs, not another engine.
 */

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule extends Pagefind {
  init?: () => Promise<void>;
  options?: (options: object) => Promise<void>;
  mergeIndex?: (path: string, options: object) => Promise<void>;
}

/** An index whose pages have dates: where its files are, and the filter that asks it alone. */
interface DatedShard {
  /** Its folder's URL, ending in `/`: its date order is there (src/lib/search/date-order.ts). */
  folder: string;
  /** Empty for a site that keeps one index. */
  filter: Record<string, string>;
}

/** The search engine and the indexes that hold dated pages, newest first. */
export interface SearchIndex {
  pagefind: Pagefind;
  datedShards: DatedShard[];
}

/** The filter each shard's pages get when merged; a search sorted by date asks one shard at a time with it. */
const SHARD_FILTER = 'shard';

interface Manifest {
  shards: Array<{ path: string; dated: boolean }>;
}

let loading: Promise<SearchIndex> | undefined;

export function loadPagefind(basePath: string): Promise<SearchIndex> {
  loading ??= (async () => {
    const root = `${basePath}pagefind/`;
    const [module, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<PagefindModule>,
      readManifest(root),
    ]);
    const shards = manifest.shards.length > 0 ? manifest.shards : [{ path: '', dated: true }];
    const split = shards.length > 1;
    const filter = (index: number): Record<string, string> => (split ? { [SHARD_FILTER]: String(index + 1) } : {});
    await module.options?.({ basePath: root, baseUrl: basePath, ...(split ? { mergeFilter: filter(0) } : {}) });
    await module.init?.();
    await Promise.all(
      shards
        .slice(1)
        .map((shard, index) => module.mergeIndex?.(`${root}${shard.path}`, { baseUrl: basePath, mergeFilter: filter(index + 1) })),
    );
    return {
      pagefind: module,
      datedShards: shards.flatMap((shard, index) => (shard.dated ? [{ folder: `${root}${shard.path}`, filter: filter(index) }] : [])),
    };
  })();
  return loading;
}

/** The shard list; a site built before shards (or without the file) has one index. */
async function readManifest(root: string): Promise<Manifest> {
  try {
    const response = await fetch(`${root}shards.json`);
    if (!response.ok) return { shards: [] };
    const manifest = (await response.json()) as Partial<Manifest>;
    return { shards: Array.isArray(manifest.shards) ? manifest.shards : [] };
  } catch {
    return { shards: [] };
  }
}
