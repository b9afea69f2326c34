/** Links that leave the site open without giving the target page a handle on ours or our address. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** An absolute http(s) link to another origin than the site's (all of them when the site's origin is not known). */
export function isExternalHref(href: string, siteUrl: string | undefined): boolean {
  if (!/^https?:\/\//i.test(href) && !href.startsWith('//')) return false;
  if (!siteUrl) return true;
  try {
    return new URL(href, siteUrl).origin !== new URL(siteUrl).origin;
  } catch {
    return true;
  }
}
