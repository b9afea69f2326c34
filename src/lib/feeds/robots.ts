/** robots.txt: everything may be crawled, and the sitemap is named when its absolute address is known. */
import { hasAbsoluteUrls, publicUrl, type UrlSettings } from '../metadata/public-url.ts';
import { SITEMAP_PATH } from './sitemap.ts';

/** The text of robots.txt. The `Sitemap:` line needs an absolute URL, so without SITE_URL it is left out. */
export function robotsTxt(settings: UrlSettings): string {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (hasAbsoluteUrls(settings)) lines.push(`Sitemap: ${publicUrl(settings, SITEMAP_PATH)}`);
  else lines.push('# Build with SITE_URL set to list the sitemap here.');
  return `${lines.join('\n')}\n`;
}
