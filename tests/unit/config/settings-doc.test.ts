import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsTable, withSettingsTable } from '../../../src/lib/config/settings-doc.ts';
import { SETTING_NAMES } from '../../../src/lib/config/settings.ts';

const doc = readFileSync(path.resolve('docs/settings.md'), 'utf8');

describe('docs/settings.md', () => {
  it('lists every setting of the schema, and nothing else', () => {
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(SETTING_NAMES);
  });

  it('has the table the schema renders (npm run settings:doc)', () => {
    expect(withSettingsTable(doc)).toBe(doc);
    expect(doc).toContain(settingsTable());
  });
});

describe('withSettingsTable', () => {
  it('replaces a stale table between the markers and keeps the text around them', () => {
    const stale = doc.replace('| `MARSAD_HIJRI` |', '| `MARSAD_HIJRA` |');
    expect(stale).not.toBe(doc);
    expect(withSettingsTable(stale)).toBe(doc);
  });

  it('refuses a document without the markers', () => {
    expect(withSettingsTable('# Settings\n')).toBeUndefined();
  });
});
