/** Small pieces of file writing: word counts and YAML scalars. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countWords } from '../../../../bench/synthetic/words.ts';
import { yamlFlowList, yamlScalar } from '../../../../bench/synthetic/yaml.ts';

describe('countWords', () => {
  it('counts words, not Markdown markers', () => {
    expect(countWords('## عنوان فرعي\n\n- بند أول\n> قال مصدر\n| الطرف | الموقف |\n| --- | --- |')).toBe(8);
    expect(countWords('`REF-2019-0001` في ٢٠١٩')).toBe(3);
  });
});

describe('yamlScalar', () => {
  const roundTrip = (value: string, flow = false) =>
    flow ? parse(`x: ${yamlFlowList([value])}`).x[0] : parse(`x: ${yamlScalar(value)}`).x;

  it('writes Arabic text plain', () => {
    expect(yamlScalar('وفد من برقان يبدأ جولة مشاورات')).toBe('وفد من برقان يبدأ جولة مشاورات');
  });
  it('quotes what YAML would read differently, and reads back the same text', () => {
    for (const value of [
      'مصادر: لقاء مرتقب',
      '2019-01-02',
      'yes',
      '- بند',
      'نص # تعليق',
      '«اقتباس»، قال',
      'What next for Barqan?',
      '"quoted"',
      'a, b',
    ]) {
      expect(roundTrip(value), value).toBe(value);
      expect(roundTrip(value, true), value).toBe(value);
    }
    expect(yamlScalar('مصادر: لقاء مرتقب')).toBe('"مصادر: لقاء مرتقب"');
  });
});
