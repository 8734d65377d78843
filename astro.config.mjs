// Astro builds the static site from site/ into dist/, which the Worker serves as static assets.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { localized404 } from './site/integrations/localized-404.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { accessibleMarkup } from './site/integrations/accessible-markup.ts';

export default defineConfig({
  site: 'https://plumbline.dev',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP allows no inline styles or scripts, so every asset must be a file.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Prism marks tokens with classes; Shiki writes inline styles, which the strict CSP forbids.
    syntaxHighlight: 'prism',
    processor: satteri({ hastPlugins: [accessibleMarkup] }),
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), localized404(['zh-cn'])],
});
