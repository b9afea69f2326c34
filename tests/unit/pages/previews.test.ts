import { describe, expect, it } from 'vitest';
import { firstSentence, scriptSafeJson } from '../../../src/lib/pages/previews.ts';

describe('preview summaries', () => {
  it('take the first sentence as plain text', () => {
    expect(firstSentence('دولة **خليجية** عاصمتها [الدوحة](/x/). وهي عضو في الجامعة.')).toBe('دولة خليجية عاصمتها الدوحة.');
  });
  it('stop at an Arabic question mark too, and cut long text', () => {
    expect(firstSentence('من يقود؟ سؤال.')).toBe('من يقود؟');
    expect(firstSentence('ك'.repeat(300), 20)).toBe(`${'ك'.repeat(19)}…`);
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element or open a comment', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script><!--' });
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});
