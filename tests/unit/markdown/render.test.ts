import { describe, expect, it } from 'vitest';
import { siteRenderer } from '../../../src/lib/markdown/render.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

describe('the site renderer', () => {
  it('is one per settings and content root, not the first ever asked for', () => {
    const root = makeContentRoot(VALID_FILES);
    const settings = readSiteSettings({});
    const other = readSiteSettings({ BASE_PATH: '/other/' });
    expect(siteRenderer(settings, root)).toBe(siteRenderer({ ...settings }, root));
    expect(siteRenderer(other, root)).not.toBe(siteRenderer(settings, root));
    expect(siteRenderer({ ...settings, autolink: 'all' }, root)).not.toBe(siteRenderer(settings, root));
    expect(siteRenderer(settings, makeContentRoot(VALID_FILES))).not.toBe(siteRenderer(settings, root));
  });
});
