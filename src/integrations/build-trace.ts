/**
 * Marks the stages of `astro build` for `npm run bench` (src/lib/build/trace.ts):
 * content sync runs between `astro:config:done` and `astro:build:start`, the
 * bundle until Vite's last `buildApp` step, which renders the pages.
 */
import type { AstroIntegration } from 'astro';
import { traceStage } from '../lib/build/trace.ts';
import { readSettings } from '../lib/config/settings.ts';

export function buildTrace(): AstroIntegration {
  return {
    name: 'marsad:build-trace',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || readSettings().traceFile === undefined) return;
        // Vite runs `post` buildApp handlers in plugin order, and Astro's page generation is added after ours.
        updateConfig({
          vite: { plugins: [{ name: 'marsad:trace-render', buildApp: { order: 'post', handler: async () => traceStage('render') } }] },
        });
      },
      'astro:config:done': () => traceStage('content sync'),
      'astro:build:start': () => traceStage('bundle'),
    },
  };
}
