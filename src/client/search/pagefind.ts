/** Loads Pagefind's browser API from the built site, once, on first use. */

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
  debouncedSearch?: unknown;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(basePath: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${basePath}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind & { init?: () => Promise<void>; options?: (options: object) => Promise<void> };
    await module.options?.({ basePath: `${basePath}pagefind/`, baseUrl: basePath });
    await module.init?.();
    return module;
  })();
  return loading;
}
