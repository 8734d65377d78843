// Setup file: every test file starts from a database with all migrations applied (applying is idempotent).
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
