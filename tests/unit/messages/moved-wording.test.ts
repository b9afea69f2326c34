/**
 * Messages still written at their call site (src/lib/content/corpus.ts,
 * walk.ts, src/lib/markdown/nesting.ts) have catalogue entries waiting for
 * them. Their English must read as it does today, so that moving a call site
 * to the catalogue changes no line a contributor or a test has seen.
 */
import { describe, expect, it } from 'vitest';
import { messageText, sayIn } from '../../../src/lib/messages/format.ts';

describe('the English of the entries waiting for their call sites', () => {
  it('reads as the loader words it today', () => {
    expect(messageText(sayIn('en', 'no-content-folder'))).toBe('the content folder does not exist: create it, or point CONTENT_DIR at it');
    expect(messageText(sayIn('en', 'not-markdown', { folder: 'actors' }))).toBe(
      'only Markdown files (.md) are read in actors/: rename this file or move it out of the content folder',
    );
    expect(messageText(sayIn('en', 'bad-file-name', { segment: 'Fayez Sarraj', suggestion: 'fayez-sarraj' }))).toBe(
      '"Fayez Sarraj" cannot be part of an id: name files and folders with lower-case Latin letters, digits and hyphens, such as fayez-sarraj.md',
    );
    expect(messageText(sayIn('en', 'not-regular-file'))).toBe(
      'is not a regular file: only Markdown files are read; remove it from the content folder',
    );
    expect(messageText(sayIn('en', 'file-too-large', { megabytes: '1.4' }))).toBe(
      'the file is 1.4 MB; the limit is 1 MB: split it into several articles',
    );
    expect(messageText(sayIn('en', 'empty-file'))).toBe('the file is empty: add frontmatter and text, or delete it');
    expect(messageText(sayIn('en', 'not-utf8'))).toBe('the file is not valid UTF-8: save it as UTF-8 in your editor');
    expect(messageText(sayIn('en', 'file-became-link'))).toBe(
      'became a symbolic link while it was read: links in the content folder are not followed; put the file itself here',
    );
    expect(messageText(sayIn('en', 'permission-denied'))).toBe('the file cannot be read (permission denied): check its permissions');
    expect(messageText(sayIn('en', 'file-disappeared'))).toBe('the file disappeared while it was read: run the command again');
    expect(messageText(sayIn('en', 'unreadable-file', { reason: 'EIO' }))).toBe(
      'the file cannot be read (EIO): check that it is a plain file you can open',
    );
  });
  it('reads as the folder walk words it today', () => {
    const advice = 'links in the content folder are not followed; put the file itself here (a copy), or delete the link';
    const link = (situation: 'plain' | 'loop' | 'dangling' | 'contains-itself' | 'outside', target?: string) =>
      messageText(sayIn('en', 'symbolic-link', { target, situation }));
    expect(link('plain', 'x.md')).toBe(`is a symbolic link to "x.md": ${advice}`);
    expect(link('loop')).toBe(`is a symbolic link, which leads back to itself (a loop): ${advice}`);
    expect(link('dangling', 'gone.md')).toBe(`is a symbolic link to "gone.md", which does not exist (a dangling link): ${advice}`);
    expect(link('contains-itself', '..')).toBe(
      `is a symbolic link to "..", a folder that contains the link, so reading it would never end (a loop): ${advice}`,
    );
    expect(link('outside', '/etc/x')).toBe(`is a symbolic link to "/etc/x", outside the content folder: ${advice}`);
    expect(messageText(sayIn('en', 'symbolic-link', { target: 'x', situation: 'unfollowable', reason: 'EACCES' }))).toBe(
      `is a symbolic link to "x", which cannot be followed (EACCES): ${advice}`,
    );
    expect(messageText(sayIn('en', 'unreadable-folder', { reason: 'EACCES' }))).toBe(
      'the folder cannot be read (EACCES): check its permissions, or move it out of the content folder',
    );
    expect(messageText(sayIn('en', 'special-file'))).toBe(
      'is neither a file nor a folder (a pipe, socket or device): only Markdown files are read; remove it from the content folder',
    );
  });
  it('reads as the nesting limit words it today', () => {
    expect(messageText(sayIn('en', 'too-deep', { depth: 5000, max: 100 }))).toBe(
      'nesting deeper than 100 levels (5000 here): block quotes, lists, emphasis, links or HTML elements inside one another this deep cannot be rendered; flatten the text (a real article needs fewer than 10 levels)',
    );
  });
});
