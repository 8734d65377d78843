// The worker suite runs inside workerd with the bindings from wrangler.toml and every D1 migration applied.
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = new URL('../../', import.meta.url);

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: fileURLToPath(new URL('wrangler.toml', root)) },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('worker/db/migrations', root))),
        },
      },
    }),
  ],
  test: {
    name: 'worker',
    root: fileURLToPath(root),
    include: ['test/worker/**/*.test.ts'],
    setupFiles: ['test/worker/apply-migrations.ts'],
  },
}));
