import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/entities/matcher.ts';
import { scanDocument } from '../../../src/lib/mentions/scan.ts';

const matcher = createMatcher([
  { form: 'قطر', key: 'actors/qatar' },
  { form: 'خليفة حفتر', key: 'actors/khalifa-haftar' },
  { form: 'حفتر', key: 'actors/khalifa-haftar' },
  { form: 'قوات حفتر', key: 'actors/libyan-national-army' },
  { form: 'الأمم المتحدة', key: 'actors/united-nations' },
]);

const scan = (body: string, title?: string) => scanDocument({ body, bodyLine: 1, ...(title ? { title } : {}) }, matcher);
const found = (body: string) => scan(body).body.map((mention) => `${mention.entity}@${mention.line}:${mention.column}=${mention.text}`);

describe('where mentions count (rule 5)', () => {
  it('paragraphs, headings, lists, block quotes and tables', () => {
    const body = ['## قطر', '', 'زار حفتر.', '', '- وقطر', '', '> للأمم المتحدة', '', '| الدولة |', '| --- |', '| قطر |'].join('\n');
    expect(found(body)).toEqual([
      'actors/qatar@1:4=قطر',
      'actors/khalifa-haftar@3:5=حفتر',
      'actors/qatar@5:4=قطر',
      'actors/united-nations@7:4=لأمم المتحدة',
      'actors/qatar@11:3=قطر',
    ]);
  });
  it('never in code, raw HTML, link text or image alt text; again after a closing tag', () => {
    const body = [
      '`قطر`',
      '',
      '```',
      'قطر',
      '```',
      '',
      '<span>قطر</span>',
      '',
      'نص <b>قطر <i>x</i> قطر</b> ثم قطر',
      '',
      '[قطر](https://example.org)',
      '',
      '![قطر](x.png)',
    ].join('\n');
    expect(found(body)).toEqual(['actors/qatar@9:31=قطر']);
  });
  it('a heading mention is marked so the linker leaves it alone', () => {
    expect(scan('# قطر\n\nقطر').body.map((mention) => mention.inHeading)).toEqual([true, false]);
  });
});

describe('positions point into the source file', () => {
  it('counts lines from where the body starts in the file', () => {
    const result = scanDocument({ body: '\nسطر أول\nثم قطر', bodyLine: 7 }, matcher);
    expect(result.body.map(({ line, column }) => [line, column])).toEqual([[9, 4]]);
  });
  it('a name broken across two lines of a paragraph is one mention at its first letter', () => {
    expect(found('قال خليفة\nحفتر')).toEqual(['actors/khalifa-haftar@1:5=خليفة\nحفتر']);
  });
  it('text behind escapes and emphasis still maps to its place', () => {
    expect(found('\\*ملاحظة\\* **قطر** و_حفتر_')).toEqual(['actors/qatar@1:14=قطر', 'actors/khalifa-haftar@1:22=حفتر']);
  });
});

describe('longest match and the title', () => {
  it('قوات حفتر is the army, not also Haftar', () => {
    expect(found('هاجمت قوات حفتر')).toEqual(['actors/libyan-national-army@1:7=قوات حفتر']);
  });
  it('the title is scanned apart from the body', () => {
    const result = scan('نص عن حفتر', 'قطر وحفتر');
    expect(result.title).toEqual(['actors/qatar', 'actors/khalifa-haftar']);
    expect(result.body.map((mention) => mention.entity)).toEqual(['actors/khalifa-haftar']);
  });
  it("the first mention of each entity carries its sentence, the one the entity's page shows", () => {
    const [mention] = scan('قالت الحكومة إن قطر تدعمها.').body;
    expect(mention?.snippet).toEqual({ before: 'قالت الحكومة إن ', match: 'قطر', after: ' تدعمها.' });
  });
  it('later mentions of the same entity carry none', () => {
    const body = scan('زار حفتر قطر.\n\nثم عاد حفتر من قطر، والأمم المتحدة تتابع.').body;
    expect(body.map((mention) => `${mention.text}:${mention.snippet ? 'snippet' : '-'}`)).toEqual([
      'حفتر:snippet',
      'قطر:snippet',
      'حفتر:-',
      'قطر:-',
      'الأمم المتحدة:snippet',
    ]);
    expect(body[3]?.snippet).toBeUndefined();
  });
});

describe('weak names, evidence and date windows (rules 10 and 11)', () => {
  const gated = createMatcher([
    { form: 'فائز السراج', key: 'actors/fayez-al-sarraj' },
    { form: 'السراج', key: 'actors/fayez-al-sarraj', strength: 'weak' },
    { form: 'سلامة', key: 'actors/ghassan-salame', strength: 'weak' },
    { form: 'موسكو', key: 'actors/russia', strength: 'place' },
    { form: 'روسيا', key: 'actors/russia' },
    { form: 'حكومة الوحدة الوطنية', key: 'actors/gnu', from: '2021-02-05' },
  ]);
  const scanWith = (body: string, extra: { title?: string; named?: string[]; date?: string } = {}) =>
    scanDocument({ body, bodyLine: 1, ...extra }, gated);
  const entities = (result: ReturnType<typeof scanWith>) =>
    result.body.map((mention) => `${mention.entity}${mention.weak ? ' (weak)' : ''}`);

  it('drops weak names in a document about something else', () => {
    expect(entities(scanWith('حرص الجميع على سلامة المدنيين، ووفد السراج'))).toEqual([]);
  });

  it('keeps them when the frontmatter lists the entity', () => {
    expect(entities(scanWith('ووفد السراج', { named: ['actors/fayez-al-sarraj'] }))).toEqual(['actors/fayez-al-sarraj (weak)']);
  });

  it('keeps them when a strong name stands anywhere in the document, before or after', () => {
    expect(entities(scanWith('وفد السراج هنا.\n\nوكان فائز السراج قد'))).toEqual([
      'actors/fayez-al-sarraj (weak)',
      'actors/fayez-al-sarraj',
    ]);
  });

  it('counts a strong name in the title as evidence, and gates the title too', () => {
    const result = scanWith('ووفد السراج ثم سلامة', { title: 'فائز السراج في روما' });
    expect(entities(result)).toEqual(['actors/fayez-al-sarraj (weak)']);
    expect(scanWith('نص', { title: 'السراج' }).title).toEqual([]);
  });

  it('keeps a capital that acts, drops one that is a place', () => {
    expect(entities(scanWith('رغبة موسكو واضحة، بعد مشاورات موسكو. روسيا'))).toEqual(['actors/russia (weak)', 'actors/russia']);
  });

  it('applies windowed names only to dated documents inside the window', () => {
    expect(entities(scanWith('حكومة الوحدة الوطنية', { date: '2021-03-01' }))).toEqual(['actors/gnu']);
    expect(entities(scanWith('حكومة الوحدة الوطنية', { date: '2020-03-01' }))).toEqual([]);
  });
});
