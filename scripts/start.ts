/**
 * `npm start`: builds the site, applies the local database's migrations and runs the Worker at
 * http://localhost:8787, printing only what a person needs. Each step's own output is kept and shown in full
 * when that step fails, so nothing is hidden when something goes wrong.
 *
 * Everything runs offline: wrangler's fetch of the `Request.cf` placeholder data from Cloudflare is switched off.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const port = Number(process.env['PORT'] ?? 8787);
const quietEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  WRANGLER_SEND_METRICS: 'false',
  // Without this, wrangler dev asks workers.cloudflare.com for request metadata and logs a DNS error offline.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  FORCE_COLOR: '0',
};
const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Runs a step with its output captured; prints one line when it worked, everything it said when it did not. */
function step(label: string, command: string, args: string[], summary: (output: string) => string = () => ''): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0) {
        process.stderr.write(`\n✗ ${label} failed (exit code ${code}). Its output:\n\n${output}\n`);
        process.exit(code ?? 1);
      }
      const detail = summary(output);
      console.log(`✓ ${label}${detail ? `: ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve();
    });
  });
}

console.log('Plumbline: building and starting the local stack…');
await step('Site built', bin('astro'), ['build'], (output) => /(\d+) page\(s\) built/.exec(output)?.[1]?.concat(' pages') ?? '');
await step('Engine bundle for the private check built', process.execPath, ['scripts/build-engine.ts']);
await step('Search index built', bin('pagefind'), ['--site', 'dist'], (output) => /Indexed (\d+) pages/.exec(output)?.[1]?.concat(' pages indexed') ?? '');
await step('Local database migrated', bin('wrangler'), ['d1', 'migrations', 'apply', 'DB', '--local'], (output) => {
  const applied = /About to apply (\d+) migration/.exec(output)?.[1];
  return applied ? `${applied} migration(s) applied` : 'already up to date';
});

// The Worker: only errors from wrangler itself; the URL is printed here once the server answers.
const server = spawn(bin('wrangler'), ['dev', '--port', String(port), '--log-level', 'error', '--show-interactive-dev-session=false'], { env: quietEnv, stdio: ['ignore', 'inherit', 'inherit'] });
server.on('close', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

const url = `http://localhost:${port}`;
for (let attempt = 0; attempt < 240; attempt++) {
  try {
    const response = await fetch(`${url}/api/health`);
    if (response.ok) break;
  } catch {
    // not listening yet
  }
  await sleep(250);
}
console.log(`
Plumbline is running at ${url}
  Site and guides   ${url}/            (中文: ${url}/zh-cn/)
  Check an upload   ${url}/review/
  Human reviews     ${url}/pricing/    (payments in TEST MODE: no money moves)
  Reviewer console  ${url}/console/    (sign in as reviewer@plumbline.local)
  E-mail outbox     ${url}/console/outbox  (nothing is sent locally)
  Cron jobs         curl "${url}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*"
Press Ctrl+C to stop.`);
