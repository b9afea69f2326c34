/** The part of every page's key that the whole site shares. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderingCodeDigest, siteKey } from '../../../src/lib/incremental/site-key.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';

describe('siteKey', () => {
  const site = loadSiteIndex(path.resolve('content'));

  it('is the same for the same site and settings', () => {
    expect(siteKey(site, readSiteSettings({}))).toBe(siteKey(site, readSiteSettings({})));
  });

  it('changes with the settings pages are rendered with', () => {
    const plain = siteKey(site, readSiteSettings({}));
    expect(siteKey(site, readSiteSettings({ MARSAD_HIJRI: 'true' }))).not.toBe(plain);
    expect(siteKey(site, readSiteSettings({ BASE_PATH: '/archive/' }))).not.toBe(plain);
  });

  it('digests the rendering code', () => {
    expect(renderingCodeDigest()).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
  });
});
