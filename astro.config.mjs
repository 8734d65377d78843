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
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX pipeline marks each guide module with its own "use astro:head-inject" directive, which
          // Astro reads before bundling; the bundler's notice that it may not keep it fired once per guide (132
          // boxed warnings on every build) and says nothing about our code. Every other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), localized404(['zh-cn'])],
});
