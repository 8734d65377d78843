import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';
import { sendUntilLimited } from './rate-limit';

const openSsh = openSshWithDatabaseTemplate;
/** YAML that is none of CloudFormation, Kubernetes or Compose (a ConfigMap is Kubernetes now, and is checked). */
const workflow = 'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

let ip = 0;
/** Each test uses its own client address so the upload rate limit only bites where a test wants it to. */
function post(body: BodyInit, headers: Record<string, string> = {}, address = `10.0.0.${++ip}`) {
  return SELF.fetch('https://plumbline.test/api/reviews', { method: 'POST', body, headers: { 'cf-connecting-ip': address, ...headers } });
}
const postJson = (payload: unknown, address?: string) => post(JSON.stringify(payload), { 'content-type': 'application/json' }, address);

type ErrorBody = { error: { code: string; message: string; file?: string; line?: number; column?: number } };

describe('POST /api/reviews', () => {
  it('checks a JSON upload and answers 201 with id, url, delete token, summary, scores and findings', async () => {
    const response = await postJson({ files: [{ name: 'stack.yaml', content: openSsh }] });
    expect(response.status).toBe(201);
    const body = await response.json<{ id: string; url: string; deleteToken: string; summary: { findings: number }; scores: { overall: number }; findings: { ruleId: string; line: number }[] }>();
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.url).toBe(`/reviews/${body.id}`);
    expect(body.deleteToken.length).toBeGreaterThanOrEqual(43);
    expect(body.findings).toContainEqual(expect.objectContaining({ ruleId: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', line: 11 }));
    expect(body.summary.findings).toBeGreaterThan(0);
  });

  it('accepts multipart uploads and keeps folder paths', async () => {
    const form = new FormData();
    form.append('files', new File([openSsh], 'infra/network/stack.yaml'));
    form.append('files', new File([workflow], '.github/workflows/ci.yaml'));
    const response = await post(form);
    expect(response.status).toBe(201);
    const body = await response.json<{ id: string; findings: { file: string }[]; diagnostics: { file: string; level: string }[] }>();
    expect(body.findings[0]?.file).toBe('infra/network/stack.yaml');
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/ci.yaml', level: 'skipped' }));
  });

  it('redacts secrets in the stored copy', async () => {
    const created = await (await postJson({ files: [{ name: 'stack.yaml', content: openSsh }] })).json<{ id: string }>();
    const row = await env.DB.prepare('SELECT sha256 FROM review_files WHERE review_id = ?').bind(created.id).first<{ sha256: string }>();
    const stored = await (await env.FILES.get(`files/${row!.sha256}`))!.text();
    expect(stored).not.toContain('hunter2-is-not-secret');
    expect(stored).toContain('MasterUserPassword: █████████████████████');
  });

  it('answers 422 naming file, line, column and the engine’s reason for an unparseable template, and stores nothing', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews').first<{ n: number }>();
    const response = await postJson({
      files: [
        { name: 'good.yaml', content: openSsh },
        { name: 'broken.yaml', content: 'Resources:\n  A: [\n' },
      ],
    });
    expect(response.status).toBe(422);
    const body = await response.json<ErrorBody>();
    expect(body.error).toMatchObject({ code: 'invalid-template', reason: 'yaml-syntax', file: 'broken.yaml', line: expect.any(Number), column: expect.any(Number) });
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it('answers 422 when no file is infrastructure config of a format the engine reads', async () => {
    const response = await postJson({ files: [{ name: 'ci.yaml', content: workflow }] });
    expect(response.status).toBe(422);
    expect((await response.json<ErrorBody>()).error.code).toBe('no-templates');
  });

  it('answers 400 for a malformed body', async () => {
    expect((await post('{"files": [', { 'content-type': 'application/json' })).status).toBe(400);
    const missing = await postJson({ files: [{ name: 'x.yaml' }] });
    expect(missing.status).toBe(400);
    expect((await missing.json<ErrorBody>()).error.message).toMatch(/files\.0\.content/);
  });

  it('answers 413 over 50 files', async () => {
    const files = Array.from({ length: 51 }, (_, index) => ({ name: `t${index}.yaml`, content: openSsh }));
    const response = await postJson({ files });
    expect(response.status).toBe(413);
    expect((await response.json<ErrorBody>()).error.code).toBe('too-many-files');
  });

  it('answers 413 over 5 MB in total', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const form = new FormData();
    for (let index = 0; index < 6; index++) form.append('files', new File([big], `f${index}.yaml`));
    const response = await post(form);
    expect(response.status).toBe(413);
    expect((await response.json<ErrorBody>()).error.code).toBe('too-large');
  });

  it('answers 415 for unsupported file types and media types', async () => {
    const form = new FormData();
    form.append('files', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])], 'diagram.png'));
    const png = await post(form);
    expect(png.status).toBe(415);
    expect((await png.json<ErrorBody>()).error).toMatchObject({ code: 'unsupported-type', file: 'diagram.png' });
    expect((await post('files', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('answers 429 once a client passes the rate limit', async () => {
    // wrangler.toml allows 20 a minute.
    const { passed, limited } = await sendUntilLimited(() => postJson({ files: [{ name: 'x.yaml', content: openSsh }] }, '192.0.2.99'), 20);
    expect(passed.length).toBeGreaterThanOrEqual(20);
    expect(new Set(passed.map((response) => response.status))).toEqual(new Set([201]));
    expect(limited?.status).toBe(429);
  });
});

describe('GET and DELETE /api/reviews/:id', () => {
  it('returns the report as JSON, SARIF, Markdown and JUnit', async () => {
    const created = await (await postJson({ files: [{ name: 'stack.yaml', content: openSsh }] })).json<{ id: string }>();
    const json = await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}`);
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ id: created.id, filesDeleted: false, report: { version: '1.1' } });
    const sarif = await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}?format=sarif`);
    expect(sarif.headers.get('content-type')).toBe('application/sarif+json');
    expect((await sarif.json<{ version: string }>()).version).toBe('2.1.0');
    expect(await (await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}?format=markdown`)).text()).toContain('## Plumbline architecture review');
    expect(await (await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}?format=junit`)).text()).toContain('<testsuites');
    expect((await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}?format=pdf`)).status).toBe(400);
  });

  it('shows a Chinese report with Chinese finding titles and messages, names and values in code', async () => {
    const created = await (await postJson({ files: [{ name: 'stack.yaml', content: openSsh }], language: 'zh-cn' })).json<{ id: string; url: string }>();
    const page = await (await SELF.fetch(`https://plumbline.test${created.url}`)).text();
    expect(page).toContain('<span class="finding-title">安全组向互联网开放了 SSH 或 RDP</span>');
    expect(page).toMatch(/<p class="finding-message">\s*<code>SSH \(22\)<\/code> 向 <code>0\.0\.0\.0\/0<\/code> 开放/);
    const markdown = await (await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}?format=markdown`)).text();
    expect(markdown).toContain('## Plumbline 架构评审');
  });

  it('answers 404 for an unknown id', async () => {
    const response = await SELF.fetch('https://plumbline.test/api/reviews/AAAAAAAAAAAAAAAAAAAAAA');
    expect(response.status).toBe(404);
    expect((await response.json<ErrorBody>()).error.code).toBe('not-found');
  });

  it('deletes only with the right token, removing the report and its files', async () => {
    const created = await (await postJson({ files: [{ name: 'unique.yaml', content: `${openSsh}# ${crypto.randomUUID()}\n` }] })).json<{ id: string; deleteToken: string }>();
    const row = await env.DB.prepare('SELECT sha256 FROM review_files WHERE review_id = ?').bind(created.id).first<{ sha256: string }>();
    const url = `https://plumbline.test/api/reviews/${created.id}`;
    expect((await SELF.fetch(url, { method: 'DELETE' })).status).toBe(401);
    expect((await SELF.fetch(url, { method: 'DELETE', headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    expect((await SELF.fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${created.deleteToken}` } })).status).toBe(204);
    expect((await SELF.fetch(url)).status).toBe(404);
    expect(await env.FILES.get(`files/${row!.sha256}`)).toBeNull();
  });
});

describe('retention', () => {
  it('deletes uploaded files after 30 days and keeps the report', async () => {
    const created = await (await postJson({ files: [{ name: 'old.yaml', content: `${openSsh}# ${crypto.randomUUID()}\n` }] })).json<{ id: string }>();
    const row = await env.DB.prepare('SELECT sha256 FROM review_files WHERE review_id = ?').bind(created.id).first<{ sha256: string }>();
    const controller = { scheduledTime: Date.now() + 31 * 24 * 60 * 60 * 1000, cron: '17 3 * * *', noRetry() {} };
    const waits: Promise<unknown>[] = [];
    await worker.scheduled(controller as ScheduledController, env, {
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
      passThroughOnException() {},
      props: {},
    } as unknown as ExecutionContext);
    await Promise.all(waits);
    expect(await env.FILES.get(`files/${row!.sha256}`)).toBeNull();
    const review = await (await SELF.fetch(`https://plumbline.test/api/reviews/${created.id}`)).json<{ filesDeleted: boolean; report: { findings: unknown[] } }>();
    expect(review.filesDeleted).toBe(true);
    expect(review.report.findings.length).toBeGreaterThan(0);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route and error status, with schemas generated from zod', async () => {
    const document = await (await SELF.fetch('https://plumbline.test/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths['/api/reviews']!['post']!.responses).sort()).toEqual(['201', '400', '403', '413', '415', '422', '429']);
    expect(document.components.schemas).toHaveProperty('Report');
    expect(Object.keys(document.paths['/api/billing/webhook']!['post']!.responses).sort()).toEqual(['200', '400', '503']);
  });
});

describe('the optional human check', () => {
  const template = { name: 'stack.yaml', content: openSsh };
  const withTurnstile = (secret: string) => ({ ...env, TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET_KEY: secret });
  const request = (body: unknown) =>
    new Request('https://plumbline.test/api/reviews', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.1.0.${++ip}` } });

  it('is off by default', async () => {
    const config = await (await SELF.fetch('https://plumbline.test/api/config')).json<{ turnstileSiteKey: string | null }>();
    expect(config.turnstileSiteKey).toBeNull();
  });

  it('when switched on, refuses uploads without a passing token (403) and accepts the test token', async () => {
    const { app } = await import('../../worker/index');
    const refused = await app.request(request({ files: [template] }), {}, withTurnstile('1x0000000000000000000000000000000AA'));
    expect(refused.status).toBe(403);
    expect((await refused.json<ErrorBody>()).error.code).toBe('human-check-failed');
    const accepted = await app.request(request({ files: [template], turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX' }), {}, withTurnstile('1x0000000000000000000000000000000AA'));
    expect(accepted.status).toBe(201);
    const alwaysFails = await app.request(request({ files: [template], turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX' }), {}, withTurnstile('2x0000000000000000000000000000000AA'));
    expect(alwaysFails.status).toBe(403);
  });
});

describe('file names', () => {
  it('keep their extension when a long name is shortened, so a long path is still checked', async () => {
    const name = `${'deeply/nested/'.repeat(30)}stack.yaml`;
    const response = await postJson({ files: [{ name, content: openSsh }] });
    expect(response.status).toBe(201);
    const body = await response.json<{ findings: { file: string }[] }>();
    expect(body.findings[0]!.file.length).toBeLessThanOrEqual(256);
    expect(body.findings[0]!.file).toMatch(/…\.yaml$/);
  });

  it('lose bidirectional overrides and control characters', async () => {
    const response = await postJson({ files: [{ name: 'invoice\u202Elmth.yaml\u0007', content: openSsh }] });
    expect(response.status).toBe(201);
    const body = await response.json<{ findings: { file: string }[] }>();
    expect(body.findings[0]!.file).toBe('invoicelmth.yaml');
  });
});

describe('text encodings', () => {
  it('reads UTF-16 templates with a byte-order mark, as the CLI does, with findings at the right lines', async () => {
    const utf16 = new Uint8Array(2 + openSsh.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < openSsh.length; index++) {
      const code = openSsh.charCodeAt(index);
      utf16[2 + index * 2] = code & 0xff;
      utf16[3 + index * 2] = code >> 8;
    }
    const form = new FormData();
    form.append('files', new File([utf16], 'windows.yaml'));
    const response = await post(form);
    expect(response.status).toBe(201);
    const body = await response.json<{ findings: { ruleId: string; line: number }[] }>();
    expect(body.findings).toContainEqual(expect.objectContaining({ ruleId: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', line: 11 }));
  });

  it('refuses text that is not UTF-8, saying how to save it', async () => {
    const form = new FormData();
    form.append('files', new File([new Uint8Array([0x52, 0x65, 0x73, 0xff, 0xfe, 0x3a, 0x0a])], 'latin.yaml'));
    const response = await post(form);
    expect(response.status).toBe(415);
    expect((await response.json<ErrorBody>()).error.message).toMatch(/latin\.yaml: .*UTF-8/);
  });
});
