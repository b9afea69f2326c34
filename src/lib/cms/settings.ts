/**
 * Settings of the web editor at /admin/: where it saves. They are read and
 * validated with every other setting (MARSAD_CMS_* in src/lib/config/settings.ts);
 * this is the editor's view of them.
 */
import { readSettings, type Settings } from '../config/settings.ts';

export type CmsSettings = Settings['cms'];

/** The editor's settings from the one settings module (src/lib/config/settings.ts), which validates them. */
export function readCmsSettings(env: Readonly<Record<string, string | undefined>> = process.env): CmsSettings {
  return readSettings(env).cms;
}
