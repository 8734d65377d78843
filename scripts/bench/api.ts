/**
 * Review API under load on the real local stack (wrangler dev, local D1 and R2): 50 clients at once,
 * each posting a 50 KB template. Each client has its own address, as real users do, so the per-IP limit
 * (20 a minute) is not what is measured.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { startLocalStack } from '../local-stack.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A realistic 50 KB template: the examples repeated under fresh logical ids. */
function template50k(): string {
  const example = readFileSync(`${root}site/public/examples/web-stack.yaml`, 'utf8');
  const [head, resources] = example.split(/^Resources:\n/m) as [string, string];
  let body = '';
  for (let copy = 0; body.length < 50_000 - head.length; copy++) body += resources.replace(/^ {2}(\w+):/gm, (_, name: string) => `  ${name}${copy}:`);
  return `${head}Resources:\n${body}`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchApi(line: (label: string, value: string, goal: string, ok: boolean) => void): Promise<void> {
  const stack = await startLocalStack();
  try {
    const text = template50k();
    const body = JSON.stringify({ files: [{ name: 'stack.yaml', content: text }] });
    const clients = 50;
    const perClient = 20;
    const post = (client: number) => fetch(`${stack.url}/api/reviews`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.51.100.${client}` } });

    // Warm-up: first requests compile the Worker and open the local database.
    for (let index = 0; index < 10; index++) await (await post(200 + index)).arrayBuffer();

    // One request at a time: what a single user waits for.
    const single: number[] = [];
    for (let index = 0; index < 30; index++) {
      const sent = performance.now();
      await (await post(100 + (index % 20))).arrayBuffer();
      single.push(performance.now() - sent);
    }
    single.sort((a, b) => a - b);
    line('POST /api/reviews p50, one request at a time (50 KB)', `${percentile(single, 50).toFixed(1)} ms`, '< 30 ms', percentile(single, 50) < 30);

    const latencies: number[] = [];
    let errors = 0;
    const statuses = new Map<number, number>();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let request = 0; request < perClient; request++) {
          const sent = performance.now();
          const response = await post(client);
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status !== 201) errors++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `      ${latencies.length} POSTs of a ${(text.length / 1024).toFixed(0)} KB template, ${clients} concurrent: ${(latencies.length / seconds).toFixed(0)} requests/s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    line('POST /api/reviews p50 (50 concurrent, 50 KB)', `${p50.toFixed(1)} ms`, '< 30 ms', p50 < 30);
    line('POST /api/reviews p99', `${p99.toFixed(1)} ms`, '< 100 ms', p99 < 100);
    line('POST /api/reviews throughput (50 concurrent)', `${(latencies.length / seconds).toFixed(0)} requests/s`, '—', true);
    line('POST /api/reviews errors', String(errors), '0', errors === 0);

    // The floor of this stack: the same load on GET /api/health (one D1 query, no engine work).
    const health: number[] = [];
    const healthStarted = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let request = 0; request < perClient; request++) {
          const sent = performance.now();
          await (await fetch(`${stack.url}/api/health`)).arrayBuffer();
          health.push(performance.now() - sent);
        }
      }),
    );
    health.sort((a, b) => a - b);
    const healthRate = health.length / ((performance.now() - healthStarted) / 1000);
    console.log(`      baseline, GET /api/health under the same load: ${healthRate.toFixed(0)} requests/s, p50 ${percentile(health, 50).toFixed(1)} ms, p99 ${percentile(health, 99).toFixed(1)} ms`);

    // Report page weight for a report of about 30 findings.
    const examples = ['web-stack.yaml', 'serverless-api.yaml', 'secure-bucket.json'];
    const created = (await (
      await fetch(`${stack.url}/api/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.250' },
        body: JSON.stringify({ files: examples.map((name) => ({ name, content: readFileSync(`${root}site/public/examples/${name}`, 'utf8') })) }),
      })
    ).json()) as { url: string; findings: unknown[] };
    const assets = [created.url, '/styles/tokens.css', '/styles/site.css', '/styles/report.css', '/js/report.js', '/favicon.svg'];
    let compressed = 0;
    for (const path of assets) compressed += gzipSync(Buffer.from(await (await fetch(`${stack.url}${path}`)).arrayBuffer()), { level: 9 }).length;
    line(`report page, ${created.findings.length} findings (HTML+CSS+JS, gzip)`, `${(compressed / 1024).toFixed(1)} KB`, '< 60 KB', compressed < 60 * 1024);
  } finally {
    await stack.stop();
  }
}
