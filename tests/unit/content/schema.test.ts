import { describe, expect, it } from 'vitest';
import { actorSchema, agreementSchema, articleSchema } from '../../../src/lib/content/schema.ts';

const article = { title: 'عنوان', date: '2020-10-26', summary: 'ملخص.' };
const actor = { name: 'قطر', kind: 'state' };
const agreement = { name: 'اتفاق جنيف', kind: 'ceasefire', signed: '2020-10-23' };

describe('article frontmatter', () => {
  it('fills the defaults', () => {
    expect(articleSchema.parse(article)).toEqual({ ...article, lang: 'ar', actors: [], agreements: [], tags: [], sources: [], corrections: [], draft: false, autolink: true });
  });
  it.each(['title', 'date', 'summary'])('requires %s', (field) => {
    const { [field as keyof typeof article]: _removed, ...rest } = article;
    expect(articleSchema.safeParse(rest).success).toBe(false);
  });
  it('takes ar or en only', () => {
    expect(articleSchema.safeParse({ ...article, lang: 'en' }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, lang: 'fr' }).success).toBe(false);
  });
  it('refuses unknown fields', () => {
    expect(articleSchema.safeParse({ ...article, autor: 'x' }).success).toBe(false);
  });
  it('refuses an empty title', () => {
    expect(articleSchema.safeParse({ ...article, title: '   ' }).success).toBe(false);
  });
  it('checks the source', () => {
    expect(articleSchema.safeParse({ ...article, source: { name: 'الميادين', date: '2020-10-26' } }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, source: { name: 'x', url: 'javascript:alert(1)' } }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, source: { url: 'https://example.org' } }).success).toBe(false);
  });
  it('takes entity ids as lists of ids', () => {
    expect(articleSchema.safeParse({ ...article, actors: 'qatar' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, actors: ['Qatar'] }).success).toBe(false);
  });
});

describe('actor frontmatter', () => {
  it('requires name and kind, and knows the kinds', () => {
    expect(actorSchema.safeParse(actor).success).toBe(true);
    expect(actorSchema.safeParse({ name: 'قطر' }).success).toBe(false);
    expect(actorSchema.safeParse({ ...actor, kind: 'country' }).success).toBe(false);
  });
  it('checks dates and identifiers', () => {
    expect(actorSchema.safeParse({ ...actor, founded: '1971-09-03', wikidata: 'Q846', pax_id: 'CON_486' }).success).toBe(true);
    expect(actorSchema.safeParse({ ...actor, born: '1943-02-30' }).success).toBe(false);
  });
});

describe('agreement frontmatter', () => {
  it('requires name, kind and signed', () => {
    expect(agreementSchema.safeParse(agreement).success).toBe(true);
    expect(agreementSchema.safeParse({ ...agreement, signed: undefined }).success).toBe(false);
  });
  it('knows the statuses', () => {
    expect(agreementSchema.safeParse({ ...agreement, status: 'in-force' }).success).toBe(true);
    expect(agreementSchema.safeParse({ ...agreement, status: 'active' }).success).toBe(false);
  });
});
