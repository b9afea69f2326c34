/**
 * Settings of the web editor at /admin/, read from the environment at build
 * time. The site settings module (src/lib/config/site-settings.ts) describes
 * the published site; these only describe where the editor saves, so they are
 * kept apart and read here alone.
 */
export interface CmsSettings {
  /** The GitHub repository that holds the content, `owner/name`. */
  repo: string;
  /** The branch pull requests are opened against and published to. */
  branch: string;
  /** The repository path of the content root (the folder holding articles/, actors/, agreements/). */
  contentPath: string;
  /** Port of `npx decap-server` on the contributor's machine (the CMS's local backend). */
  localPort: number;
  /** Where the OAuth handshake for GitHub runs (a Decap-compatible OAuth provider); undefined uses Decap's default. */
  authBaseUrl: string | undefined;
}

/** A placeholder that fails visibly at login rather than a guess at somebody's repository. */
const PLACEHOLDER_REPO = 'OWNER/REPOSITORY';

/** decap-server's own default port. */
const DEFAULT_LOCAL_PORT = 8081;

export function readCmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const port = Number(env['MARSAD_CMS_LOCAL_PORT']);
  return {
    repo: env['MARSAD_CMS_REPO']?.trim() || PLACEHOLDER_REPO,
    branch: env['MARSAD_CMS_BRANCH']?.trim() || 'main',
    contentPath: (env['MARSAD_CMS_CONTENT_PATH']?.trim() || 'content').replace(/^\.?\/+|\/+$/g, '') || 'content',
    localPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_LOCAL_PORT,
    authBaseUrl: env['MARSAD_CMS_AUTH_URL']?.trim() || undefined,
  };
}
