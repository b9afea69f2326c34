/** A digest of source files (folders read recursively, in sorted order), to tell when code changed. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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
