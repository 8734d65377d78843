/** Reports live in R2 and D1 keeps small rows; a failed write keeps nothing; rendered pages are cached and cleaned up. */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker, { createApp } from '../../worker/index';
import { moveReportsToR2 } from '../../worker/jobs/move-reports';
import { dependenciesFromEnv } from '../../worker/middleware/dependencies';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';

const origin = 'https://plumbline.test';
let address = 0;
const postJson = (files: { name: string; content: string }[], app?: ReturnType<typeof createApp>) => {
  const request = new Request(`${origin}/api/reviews`, { method: 'POST', body: JSON.stringify({ files }), headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.8.0.${++address}` } });
  return app ? app.request(request, {}, env) : SELF.fetch(request);
};

/** Security groups open to the world on SSH and RDP: several findings each, so a report of megabytes. */
function openGroups(file: number, count: number): string {
  const group = (index: number) =>
    `  Sg${file}x${index}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: open\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n        - IpProtocol: tcp\n          FromPort: 3389\n          ToPort: 3389\n          CidrIp: 0.0.0.0/0\n`;
  return `Resources:\n${Array.from({ length: count }, (_, index) => group(index)).join('')}`;
}

const unique = () => `${openSshWithDatabaseTemplate}# ${crypto.randomUUID()}\n`;

async function largestD1Value(id: string): Promise<number> {
  const review = (await env.DB.prepare('SELECT * FROM reviews WHERE id = ?').bind(id).first<Record<string, unknown>>())!;
  const files = (await env.DB.prepare('SELECT * FROM review_files WHERE review_id = ?').bind(id).all<Record<string, unknown>>()).results;
  const values = [review, ...files].flatMap((row) => Object.values(row));
  return Math.max(...values.map((value) => new TextEncoder().encode(String(value ?? '')).byteLength));
}

describe('where reports are stored', () => {
  it('keeps a report of more than 2 MB in R2, reads it back whole, and writes no D1 value over 1 KB', { timeout: 60_000 }, async () => {
    const files = Array.from({ length: 8 }, (_, file) => ({ name: `groups-${file}.yaml`, content: openGroups(file, 450) }));
    const response = await postJson(files);
    expect(response.status).toBe(201);
    const { id, findings } = await response.json<{ id: string; findings: unknown[] }>();
    const stored = await env.FILES.get(`reports/${id}.json`);
    expect(stored!.size).toBeGreaterThan(2_000_000);
    const readBack = await (await SELF.fetch(`${origin}/api/reviews/${id}`)).json<{ report: { findings: unknown[] } }>();
    expect(readBack.report.findings).toHaveLength(findings.length);
    expect(await largestD1Value(id)).toBeLessThanOrEqual(1024);
    const row = await env.DB.prepare('SELECT report, findings_count, report_bytes FROM reviews WHERE id = ?').bind(id).first<{ report: string; findings_count: number; report_bytes: number }>();
    expect(row).toEqual({ report: '', findings_count: findings.length, report_bytes: stored!.size });

    // The page stays light: source excerpts for the first 100 findings, each one listed up to 1,000, counts after that.
    expect(findings.length).toBeGreaterThan(1000);
    const page = await SELF.fetch(`${origin}/reviews/${id}`);
    const html = await page.text();
    expect(html.length).toBeLessThan(1_000_000);
    expect(html.match(/class="excerpt"/g)!.length).toBe(100);
    const listed = [...html.matchAll(/data-count="(\d+)"/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(listed).toBe(1000);
    expect(html).toContain(`${findings.length - 1000} more findings, counted by rule`);
  });

  it('still serves a report written to D1 before the move, and the daily job moves it to R2', async () => {
    const { id } = await (await postJson([{ name: 'legacy.yaml', content: unique() }])).json<{ id: string }>();
    const json = await (await env.FILES.get(`reports/${id}.json`))!.text();
    await env.DB.prepare('UPDATE reviews SET report = ? WHERE id = ?').bind(json, id).run();
    await env.FILES.delete(`reports/${id}.json`);
    expect((await SELF.fetch(`${origin}/api/reviews/${id}`)).status).toBe(200);
    expect(await moveReportsToR2(env.DB, env.FILES)).toBeGreaterThanOrEqual(1);
    expect((await env.DB.prepare('SELECT report FROM reviews WHERE id = ?').bind(id).first<{ report: string }>())!.report).toBe('');
    expect(await (await env.FILES.get(`reports/${id}.json`))!.text()).toBe(json);
    expect((await SELF.fetch(`${origin}/api/reviews/${id}`)).status).toBe(200);
  });
});

describe('a failed write', () => {
  const count = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews').first<{ n: number }>())!.n;

  it('to R2 answers 503 and keeps nothing', async () => {
    const failingBucket = new Proxy(env.FILES, {
      get(target, property) {
        if (property === 'put') return async (key: string) => (key.startsWith('reports/') ? Promise.reject(new Error('R2 is down')) : target.put(key, 'x'));
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const app = createApp({ dependencies: (e, request) => ({ ...dependenciesFromEnv(e, request), files: failingBucket }) });
    const before = await count();
    const content = unique();
    const response = await postJson([{ name: 'r2-down.yaml', content }], app);
    expect(response.status).toBe(503);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('storage-unavailable');
    expect(await count()).toBe(before);
    const listed = await env.FILES.list({ prefix: 'files/' });
    const { maskSecrets } = await import('../../checks/index.ts');
    const { sha256Hex } = await import('../../worker/storage/files');
    expect(listed.objects.map((object) => object.key)).not.toContain(`files/${await sha256Hex(maskSecrets(content).text)}`);
  });

  it('to D1 answers 503 and leaves no report or file in R2', async () => {
    const failingDb = new Proxy(env.DB, {
      get(target, property) {
        if (property === 'batch') return async () => Promise.reject(new Error('D1 is overloaded'));
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const app = createApp({ dependencies: (e, request) => ({ ...dependenciesFromEnv(e, request), db: failingDb }) });
    const reportsBefore = (await env.FILES.list({ prefix: 'reports/' })).objects.length;
    const response = await postJson([{ name: 'd1-down.yaml', content: unique() }], app);
    expect(response.status).toBe(503);
    expect((await env.FILES.list({ prefix: 'reports/' })).objects.length).toBe(reportsBefore);
  });
});

describe('the rendered report page', () => {
  it('is cached after the first view, and the cache goes with the report', async () => {
    const { id, deleteToken } = await (await postJson([{ name: 'cached.yaml', content: unique() }])).json<{ id: string; deleteToken: string }>();
    expect((await SELF.fetch(`${origin}/reviews/${id}`)).headers.get('x-plumbline-page-cache')).toBe('miss');
    const second = await SELF.fetch(`${origin}/reviews/${id}`);
    expect(second.headers.get('x-plumbline-page-cache')).toBe('hit');
    expect(second.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await env.FILES.list({ prefix: `pages/${id}/` })).objects).toHaveLength(1);
    await SELF.fetch(`${origin}/api/reviews/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${deleteToken}` } });
    expect((await env.FILES.list({ prefix: `pages/${id}/` })).objects).toHaveLength(0);
    expect((await SELF.fetch(`${origin}/reviews/${id}`)).status).toBe(410);
  });

  it('is dropped with the files after 30 days, and rendered again without source', async () => {
    const { id } = await (await postJson([{ name: 'expiring.yaml', content: unique() }])).json<{ id: string }>();
    await SELF.fetch(`${origin}/reviews/${id}`);
    const controller = { scheduledTime: Date.now() + 31 * 24 * 3600_000, cron: '17 3 * * *', noRetry() {} } as ScheduledController;
    const waits: Promise<unknown>[] = [];
    await worker.scheduled(controller, env, { waitUntil: (promise: Promise<unknown>) => waits.push(promise), passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
    await Promise.all(waits);
    expect((await env.FILES.list({ prefix: `pages/${id}/` })).objects).toHaveLength(0);
    const page = await SELF.fetch(`${origin}/reviews/${id}`);
    expect(page.headers.get('x-plumbline-page-cache')).toBe('miss');
    expect(await page.text()).not.toContain('class="excerpt"');
  });
});
