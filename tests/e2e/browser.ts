/** Debian's Chromium driven by playwright-core; no browser is ever downloaded. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../src/lib/config/chromium.ts';
import { readSettings } from '../../src/lib/config/settings.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: readSettings().chromiumPath,
    args: [...CHROMIUM_FLAGS],
  });
}
