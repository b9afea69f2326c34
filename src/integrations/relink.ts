/**
 * Astro keeps rendered Markdown between builds and re-renders only files whose
 * text changed. A link depends on other files too (every entity's names), so
 * when the entity registry or the linking settings change, the kept HTML is
 * dropped and every document is rendered, and so relinked, again.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function relinkOnRegistryChange(linkingState: () => string): AstroIntegration {
  return {
    name: 'marsad:relink',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const marker = `${cacheDir}/marsad-linking-state`;
        const state = linkingState();
        let previous: string | undefined;
        try {
          previous = readFileSync(marker, 'utf8');
        } catch {
          previous = undefined;
        }
        if (previous === state) return;
        if (previous !== undefined) logger.info('entity names or link settings changed: every document is relinked');
        rmSync(`${cacheDir}/data-store.json`, { force: true });
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(marker, state);
      },
    },
  };
}
