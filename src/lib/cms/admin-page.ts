/**
 * The page at /admin/ and its own Content Security Policy.
 *
 * The admin page is not an Astro page: Astro would give it the site's policy,
 * whose script and style hashes make `'unsafe-inline'` ignored, and Decap CMS
 * needs more than any public page may have. It is written by the build
 * (src/integrations/cms-admin.ts) with a policy that holds on /admin/ alone:
 * - `script-src 'unsafe-eval'`: Decap validates its configuration with ajv,
 *   which compiles validators with `new Function`;
 * - `style-src 'unsafe-inline'`: Decap's React components style themselves
 *   through emotion, which inserts <style> elements at run time;
 * - `img-src blob: data:`: previews of images chosen for upload;
 * - `connect-src`: GitHub's API for the site's repository, and decap-server
 *   on localhost when a contributor edits on their own machine.
 * The public pages keep the site's policy: csp-headers.ts leaves admin/ out
 * of the `/*` policy, and _headers gets an `/admin/*` block that replaces it.
 */
import type { CmsSettings } from './settings.ts';

/** The files of the admin folder that the page loads, in order. */
const ADMIN_SCRIPTS = ['setup.js', 'decap-cms.js', 'start.js'] as const;

/** The admin policy as directive → sources. */
export function adminPolicy(settings: CmsSettings): string {
  const auth = settings.authBaseUrl ? [new URL(settings.authBaseUrl).origin] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'https:', 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    [
      'connect-src',
      ["'self'", 'https://api.github.com', `http://localhost:${settings.localPort}`, `http://127.0.0.1:${settings.localPort}`, ...auth],
    ],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The HTML of /admin/: the CMS fills <body>; search engines are told to leave it out. */
export function adminPageHtml(settings: CmsSettings, basePath: string): string {
  const scripts = ADMIN_SCRIPTS.map((file) => `    <script src="${basePath}admin/${file}"></script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${escapeAttribute(adminPolicy(settings))}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>محرر مرصد</title>
    <link rel="icon" href="${basePath}favicon.svg" type="image/svg+xml">
    <link rel="cms-config-url" type="text/yaml" href="${basePath}admin/config.yml">
    <link rel="stylesheet" href="${basePath}admin/rtl.css">
  </head>
  <body>
${scripts}
  </body>
</html>
`;
}

/** `_headers` rules for /admin/: the `! Content-Security-Policy` line detaches the site-wide policy (Cloudflare Pages' syntax), then the admin policy applies. */
export function adminHeadersBlock(settings: CmsSettings, basePath: string): string {
  return [
    `${basePath}admin/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminPolicy(settings)}; frame-ancestors 'none'`,
    '  X-Robots-Tag: noindex, nofollow',
    '',
  ].join('\n');
}

/**
 * Decap lays itself out for left-to-right only: with `dir="rtl"` its fixed
 * sidebar moves to the right but the list keeps its room on the left, under
 * the sidebar. Decap's class names carry its component names after the hash
 * (`css-e2zmfo-CollectionMain`), which these rules match.
 */
export const ADMIN_RTL_CSS = `[dir="rtl"] [class*="-CollectionMain"] { padding-left: 0; padding-right: 280px; }
`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
