/**
 * What `astro dev` keeps its file watcher off. The folders the project
 * writes hold no sources, and watching them costs one watcher per file: a
 * 100,000-article bench corpus in .bench/ exhausted the system's watchers
 * (ENOSPC) and the dev server never answered. The content root is watched
 * wherever it is, even inside one of them (`CONTENT_DIR=.bench/…`).
 */
import path from 'node:path';

/** Written by `npm run bench` (corpora, their sites and caches), its reports, and `npm run build`. */
const WRITTEN_FOLDERS = ['.bench', 'bench/out', 'dist'] as const;

/** Whether the watcher leaves `file` alone: inside a written folder, and neither inside the content root nor on the way to it. */
export function unwatched(projectRoot: string, contentRoot: string): (file: string) => boolean {
  const written = WRITTEN_FOLDERS.map((folder) => path.resolve(projectRoot, folder));
  const content = path.resolve(contentRoot);
  const within = (file: string, folder: string) => file === folder || file.startsWith(folder + path.sep);
  return (file) => {
    const resolved = path.resolve(projectRoot, file);
    if (within(resolved, content) || within(content, resolved)) return false;
    return written.some((folder) => within(resolved, folder));
  };
}
