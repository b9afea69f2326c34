import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/lib/config/site-settings.ts';
import { resolveContentRoot } from '../../src/lib/content/corpus.ts';
import { DATA_FOLDER, siteDataFiles } from '../../src/lib/data/exports.ts';
import { loadSiteIndex } from '../../src/lib/site-index.ts';

/** The open data the build wrote into dist/ (src/integrations/open-data.ts), against the list it is written from. */
const folder = path.resolve('dist', DATA_FOLDER);
const files = siteDataFiles(loadSiteIndex(resolveContentRoot()), readSiteSettings());

describe('the open data of the built site', () => {
  it('holds every file of the list and nothing else', () => {
    expect(readdirSync(folder).sort()).toEqual(files.map((file) => file.name).sort());
  });

  it('holds each file as the list makes it from the content, byte for byte', () => {
    for (const file of files) expect(readFileSync(path.join(folder, file.name), 'utf8'), file.name).toBe([...file.parts()].join(''));
  });

  it('lists the mentions of the demo articles', () => {
    const mentions = JSON.parse(readFileSync(path.join(folder, 'mentions.json'), 'utf8')) as { mentions: unknown[] };
    expect(mentions.mentions.length).toBeGreaterThan(50);
  });
});
