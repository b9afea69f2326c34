/**
 * How Marsad starts Debian's Chromium, for Lighthouse and the browser tests alike:
 * headless, and with every feature that would reach the network switched off,
 * since nothing may download at build or test time.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
