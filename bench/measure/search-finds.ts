/**
 * Whether a built site's search page lists a page for a query, as a reader
 * would ask it: the bench's check that a rebuild indexed its edit.
 */
import { launchChromium } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../../tests/e2e/serve.ts';

export async function searchFinds(dir: string, query: string, sitePath: string): Promise<boolean> {
  const site = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('form[data-search-state="done"]', { timeout: 60_000 });
    const links = await page.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    return links.includes(`/${sitePath}/`);
  } finally {
    await browser.close();
    await site.close();
  }
}
