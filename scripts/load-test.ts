/**
 * `npm run load-test`: the review API under hostile and heavy use, on the real local stack (wrangler dev,
 * local D1 and R2). Exits 1 if anything is lost or too slow.
 *   1. 200 uploads at once from 200 addresses; every accepted report is read back and compared.
 *   2. One address past its limit: 429 with Retry-After, while /api/health stays fast.
 *   3. The adversarial 1 MB inputs of issue 13, each answered in under a second while /api/health
 *      is probed alongside.
 * (A failing R2 or D1 write is injected in test/worker/report-storage.test.ts, which needs the
 * dependency seam the local stack does not expose.)
 */
import { readFileSync } from 'node:fs';
import { startLocalStack } from './local-stack.ts';

const root = new URL('../', import.meta.url).pathname;
const example = readFileSync(`${root}site/public/examples/web-stack.yaml`, 'utf8');
const rows: { check: string; result: string; ok: boolean }[] = [];
const record = (check: string, result: string, ok: boolean) => {
  rows.push({ check, result, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${check.padEnd(60)} ${result}`);
};
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
};

const stack = await startLocalStack();
const post = (content: string, address: string, name = 'stack.yaml') =>
  fetch(`${stack.url}/api/reviews`, { method: 'POST', body: JSON.stringify({ files: [{ name, content }] }), headers: { 'content-type': 'application/json', 'cf-connecting-ip': address } });

/** Probes /api/health every 50 ms while `work` runs; returns the slowest answer. */
async function healthDuring<T>(work: Promise<T>): Promise<{ result: T; slowestMs: number; failures: number }> {
  let done = false;
  let slowestMs = 0;
  let failures = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${stack.url}/api/health`).catch(() => undefined);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      if (!response?.ok) failures++;
      await response?.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = await work.finally(() => (done = true));
  await probe;
  return { result, slowestMs, failures };
}

try {
  // Warm-up: the first requests compile the Worker and open the local database.
  for (let index = 0; index < 3; index++) await (await post(example, `203.0.113.${index}`)).arrayBuffer();

  // 1. 200 concurrent uploads, then read back.
  const started = performance.now();
  const uploads = await Promise.all(
    Array.from({ length: 200 }, async (_, index) => {
      const content = `${example}# upload ${index} ${crypto.randomUUID()}\n`;
      const sent = performance.now();
      const response = await post(content, `198.18.${Math.floor(index / 250)}.${index % 250}`);
      const body = (await response.json()) as { id?: string; findings?: unknown[] };
      return { status: response.status, id: body.id, findings: body.findings?.length ?? 0, ms: performance.now() - sent };
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const accepted = uploads.filter((upload) => upload.status === 201);
  let lost = 0;
  for (const upload of accepted) {
    const response = await fetch(`${stack.url}/api/reviews/${upload.id}`);
    const body = response.ok ? ((await response.json()) as { report: { findings: unknown[] } }) : undefined;
    if (!body || body.report.findings.length !== upload.findings) lost++;
  }
  const latencies = uploads.map((upload) => upload.ms);
  record(
    '200 concurrent uploads from 200 addresses: accepted',
    `${accepted.length} of 200 in ${seconds.toFixed(1)} s (p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms)`,
    accepted.length === 200,
  );
  record('every accepted report read back unchanged (lost)', String(lost), lost === 0);

  // 2. One address past the limit.
  const { result: limited, slowestMs: limitHealth } = await healthDuring(
    Promise.all(
      Array.from({ length: 30 }, () =>
        post(example, '192.0.2.200').then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.arrayBuffer() })),
      ),
    ),
  );
  const refused = limited.filter((response) => response.status === 429);
  record(
    'one address, 30 uploads at once: refused with 429',
    `${refused.length} (${limited.length - refused.length} accepted)`,
    refused.length > 0 && refused.every((response) => response.retryAfter === '60'),
  );
  record('  /api/health meanwhile (slowest answer)', `${limitHealth.toFixed(0)} ms`, limitHealth < 1000);

  // 3. The adversarial inputs that froze the server before linear-time masking.
  // Just under CloudFormation's 1 MB limit, so each one is checked, masked and stored rather than refused.
  const size = 1_000_000;
  const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil((size - prefix.length) / unit.length)).slice(0, size - prefix.length);
  const adversarial: Record<string, string> = {
    "'# ' then ' a=b' repeated (1 MB)": `Resources:\n  B:\n    Type: AWS::S3::Bucket\n${fill(' a=b', '# ')}\n`,
    "1 MB of spaces after 'a:'": `Resources:\n  B:\n    Type: AWS::S3::Bucket\n${fill(' ', 'a:')}\n`,
    '1 MB of BEGIN PRIVATE KEY lines': `Resources:\n  B:\n    Type: AWS::S3::Bucket\n${fill('# -----BEGIN PRIVATE KEY-----\n')}`,
  };
  let address = 0;
  for (const [name, content] of Object.entries(adversarial)) {
    const sent = performance.now();
    const {
      result: status,
      slowestMs,
      failures,
    } = await healthDuring(post(content, `192.0.2.${10 + ++address}`, 'adversarial.yaml').then(async (response) => (await response.arrayBuffer(), response.status)));
    const ms = performance.now() - sent;
    record(`adversarial: ${name}`, `HTTP ${status} in ${ms.toFixed(0)} ms; health slowest ${slowestMs.toFixed(0)} ms`, ms < 1000 && slowestMs < 1000 && failures === 0 && status === 201);
  }
} finally {
  await stack.stop();
}

const failed = rows.filter((row) => !row.ok);
console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
