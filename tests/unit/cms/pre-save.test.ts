import { fromJS, isImmutable } from 'immutable';
import { describe, expect, it } from 'vitest';
import { DROP_EMPTY_FIELDS, startScript } from '../../../src/lib/cms/pre-save.ts';

/** The browser function as the page runs it, on Immutable.js data like Decap's (the same major version Decap bundles). */
const dropEmptyFields = new Function(`${DROP_EMPTY_FIELDS}\nreturn dropEmptyFields;`)() as (value: unknown) => unknown;

describe('the clean-up Decap runs before saving', () => {
  it('drops blank optional fields, empty lists and groups left empty, keeping false, 0 and written values', () => {
    const data = fromJS({
      title: 'عنوان',
      updated: '',
      draft: false,
      pax_id: 0,
      tags: [],
      actors: ['qatar', ''],
      source: { name: '', url: '', date: '' },
      aliases: ['حفتر'],
    });
    const cleaned = dropEmptyFields(data);
    expect(isImmutable(cleaned)).toBe(true);
    expect((cleaned as { toJS(): unknown }).toJS()).toEqual({
      title: 'عنوان',
      draft: false,
      pax_id: 0,
      actors: ['qatar'],
      aliases: ['حفتر'],
    });
  });

  it('keeps a group that has one value', () => {
    const cleaned = dropEmptyFields(fromJS({ source: { name: 'الوسط', date: '' } })) as { toJS(): unknown };
    expect(cleaned.toJS()).toEqual({ source: { name: 'الوسط' } });
  });

  it('is registered as the pre-save handler before the CMS starts', () => {
    const script = startScript({ app: {} });
    expect(script.indexOf("registerEventListener({ name: 'preSave'")).toBeGreaterThan(-1);
    expect(script.indexOf('registerEventListener')).toBeLessThan(script.indexOf('window.CMS.init()'));
    expect(script).toContain('registerLocale(\'ar\', {"app":{}})');
  });
});
