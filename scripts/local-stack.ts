/**
 * Starts the real local stack (wrangler dev over the built site, a private D1 state with migrations applied)
 * on a free port, for the browser suite and the benchmarks. Returns its URL and a stop function.
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;
// Run wrangler's script with this very Node (the pinned Node 24), whatever `node` is first on PATH.
const wranglerScript = join(root, 'node_modules/wrangler/bin/wrangler.js');
const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' };

export interface LocalStack {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startLocalStack(): Promise<LocalStack> {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does it for you).');
  }
  const state = await mkdtemp(join(tmpdir(), 'plumbline-state-'));
  await run(process.execPath, [wranglerScript, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], { cwd: root, env: quietEnv });
  const port = await freePort();
  const child = spawn(process.execPath, [wranglerScript, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state, '--show-interactive-dev-session=false'], {
    cwd: root,
    env: quietEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    await rm(state, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy on ${url} within 60 s. Its output:\n${output}`);
}
