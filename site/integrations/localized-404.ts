/**
 * Workers Static Assets serves the nearest `404.html` up the path for a missing file, but Astro's
 * directory format writes `zh-cn/404.astro` as `zh-cn/404/index.html`. Move it where the platform looks.
 */
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function localized404(prefixes: string[]): AstroIntegration {
  return {
    name: 'plumbline:localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const prefix of prefixes) {
          const folder = fileURLToPath(new URL(`${prefix}/404/`, dir));
          await rename(`${folder}index.html`, fileURLToPath(new URL(`${prefix}/404.html`, dir)));
          await rmdir(folder);
        }
      },
    },
  };
}
