import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../../src/lib/messages/catalogue.ts';
import { DOCUMENTED_FILES, markedLanguages, messagesTable, withMessageTables } from '../../../src/lib/messages/docs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the tables of messages in the documentation', () => {
  for (const relative of DOCUMENTED_FILES) {
    it(`${relative} has one table per language, as the catalogue writes it (npm run messages:docs)`, () => {
      const text = readFileSync(path.join(ROOT, relative), 'utf8');
      expect(markedLanguages(text)).toEqual(['ar', 'en']);
      expect(withMessageTables(text) === text, `${relative} differs from the catalogue: run npm run messages:docs`).toBe(true);
    });
  }
  it('lists every code once in each language', () => {
    for (const language of ['ar', 'en'] as const) {
      const codes = [...messagesTable(language).matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
      expect(codes).toEqual(MESSAGE_CODES);
    }
  });
  it('rewrites a stale table and leaves the text around it', () => {
    const stale = 'before\n<!-- messages:start en -->\n| old |\n<!-- messages:end -->\nafter\n';
    const rewritten = withMessageTables(stale);
    expect(rewritten).toBe(`before\n<!-- messages:start en -->\n\n${messagesTable('en')}\n\n<!-- messages:end -->\nafter\n`);
    expect(withMessageTables(rewritten)).toBe(rewritten);
  });
  it('keeps every row to its five cells, whatever the values hold', () => {
    for (const language of ['ar', 'en'] as const) {
      for (const line of messagesTable(language).split('\n')) expect(line.replace(/\\\|/g, '').split('|'), line).toHaveLength(7);
    }
  });
});
