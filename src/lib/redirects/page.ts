/**
 * The page written at an old address. A static HTML page works on every host,
 * including those that read no `_redirects` (GitHub Pages, S3): the refresh
 * sends browsers on at once, the canonical link tells search engines where
 * the page now lives, and the visible link serves anyone whose browser does
 * not follow refreshes. It has no script, so the site's CSP needs nothing new.
 */

export interface RedirectPageInput {
  /** The new page, as the refresh and the link give it (root-relative under the base path). */
  to: string;
  /** The canonical URL of the new page: absolute when SITE_URL is set, else the same as `to`. */
  canonical: string;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML of the page; Arabic first, as the site is, with the English beside it for readers who arrive from a citation. */
export function redirectPageHtml({ to, canonical }: RedirectPageInput): string {
  const href = escapeAttribute(to);
  return [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>نُقلت هذه الصفحة</title>',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<link rel="canonical" href="${escapeAttribute(canonical)}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    '<body>',
    '<main>',
    '<h1>نُقلت هذه الصفحة</h1>',
    `<p><a href="${href}">انتقل إلى عنوانها الجديد</a></p>`,
    `<p lang="en" dir="ltr"><a href="${href}">This page has moved: go to its new address</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
