/**
 * Writes the files of `/data/` (src/lib/data/exports.ts) into the built site,
 * part by part. Served by Astro as endpoints, each file was collected into one
 * buffer before it was written, and every edit rendered them all again inside
 * the page pipeline; written here, a file's largest allocation is one batch.
 */
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { DataFile } from './exports.ts';

/** Characters written at once: large enough that batching costs nothing, small enough to be a small part of the file. */
const BATCH_CHARS = 1 << 16;

/** The parts joined into batches of about `size` characters (the last may be shorter); an empty input gives none. */
export function* batches(parts: Iterable<string>, size: number = BATCH_CHARS): Generator<string> {
  let batch = '';
  for (const part of parts) {
    batch += part;
    if (batch.length >= size) {
      yield batch;
      batch = '';
    }
  }
  if (batch.length > 0) yield batch;
}

export interface WrittenFile {
  name: string;
  bytes: number;
}

/**
 * Writes `files` into `folder`, which they own: anything else in it (a file
 * an earlier version of the exports wrote) is taken out. Each file is written
 * under another name first, so a reader of the folder never sees half of one.
 */
export function writeDataFiles(folder: string, files: readonly DataFile[]): WrittenFile[] {
  mkdirSync(folder, { recursive: true });
  const names = new Set(files.map((file) => file.name));
  for (const name of readdirSync(folder)) if (!names.has(name)) rmSync(path.join(folder, name), { recursive: true, force: true });
  return files.map((file) => {
    const target = path.join(folder, file.name);
    const partial = `${target}.${process.pid}.partial`;
    const descriptor = openSync(partial, 'w');
    let bytes = 0;
    try {
      for (const batch of batches(file.parts())) {
        const buffer = Buffer.from(batch, 'utf8');
        for (let offset = 0; offset < buffer.length;) offset += writeSync(descriptor, buffer, offset);
        bytes += buffer.length;
      }
    } catch (error) {
      closeSync(descriptor);
      rmSync(partial, { force: true });
      throw error;
    }
    closeSync(descriptor);
    renameSync(partial, target);
    return { name: file.name, bytes };
  });
}
