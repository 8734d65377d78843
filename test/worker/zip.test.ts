import { env, SELF } from 'cloudflare:test';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openSshTemplate, openSshWithDatabaseTemplate } from '../fixtures/templates';

let ip = 0;
/** Each test uses its own client address so the upload rate limit never bites here. */
function postZip(zip: Uint8Array, name = 'project.zip', extra: File[] = []) {
  const form = new FormData();
  form.append('files', new File([zip], name, { type: 'application/zip' }));
  for (const file of extra) form.append('files', file);
  return SELF.fetch('https://plumbline.test/api/reviews', { method: 'POST', body: form, headers: { 'cf-connecting-ip': `10.15.0.${++ip}` } });
}

type ErrorBody = { error: { code: string; message: string; file?: string } };
const reviewCount = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews').first<{ n: number }>())!.n;
const bucket = `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n`;

describe('POST /api/reviews with a .zip', () => {
  it('checks the templates of a zipped project with their paths kept, and lists what it left out', async () => {
    const zip = zipSync({
      infra: { net: { 'vpc.yaml': strToU8(openSshTemplate) }, data: { 'db.yaml': strToU8(openSshWithDatabaseTemplate) } },
      'storage.json': strToU8(JSON.stringify({ Resources: { Logs: { Type: 'AWS::S3::Bucket' } } })),
      'README.md': strToU8('# Our infrastructure\n'),
    });
    const response = await postZip(zip);
    expect(response.status).toBe(201);
    const body = await response.json<{
      id: string;
      summary: { files: number; checked: number; skipped: number };
      findings: { file: string; ruleId: string; line: number }[];
      diagnostics: { file: string; level: string }[];
    }>();
    expect(body.findings).toContainEqual(expect.objectContaining({ file: 'infra/net/vpc.yaml', ruleId: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', line: 11 }));
    expect(body.findings.map((finding) => finding.file)).toContain('infra/data/db.yaml');
    expect(body.summary).toMatchObject({ files: 4, checked: 3, skipped: 1 });
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ file: 'README.md', level: 'skipped' }));
    const stored = await env.DB.prepare('SELECT path FROM review_files WHERE review_id = ? ORDER BY path').bind(body.id).all<{ path: string }>();
    expect(stored.results.map((row) => row.path)).toEqual(['infra/data/db.yaml', 'infra/net/vpc.yaml', 'storage.json']);
  });

  it('refuses a zip bomb with 413 before unpacking it, and stores nothing', async () => {
    const before = await reviewCount();
    const zip = zipSync({ 'bomb.yaml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    const response = await postZip(zip, 'bomb.zip');
    expect(response.status).toBe(413);
    const body = await response.json<ErrorBody>();
    expect(body.error).toMatchObject({ code: 'too-large', file: 'bomb.zip' });
    expect(body.error.message).toMatch(/50\.0 MB/);
    expect(await reviewCount()).toBe(before);
  });

  it('refuses an entry compressed far beyond what a template ever is', async () => {
    const response = await postZip(zipSync({ 'padded.yaml': strToU8(`${bucket}${' '.repeat(2 * 1024 * 1024)}`) }));
    expect(response.status).toBe(413);
    expect((await response.json<ErrorBody>()).error).toMatchObject({ code: 'compression-ratio', file: 'project.zip: padded.yaml' });
  });

  it('refuses a nested archive with 415, naming the entry', async () => {
    const inner = zipSync({ 'inner.yaml': strToU8(bucket) });
    const response = await postZip(zipSync({ 'stack.yaml': strToU8(bucket), 'vendor/modules.zip': inner }));
    expect(response.status).toBe(415);
    expect((await response.json<ErrorBody>()).error).toMatchObject({ code: 'nested-archive', file: 'project.zip: vendor/modules.zip' });
  });

  it('refuses more templates than a review takes, counting the files sent beside the archive', async () => {
    const templates = Object.fromEntries(Array.from({ length: 45 }, (_, index) => [`stacks/t${index}.yaml`, strToU8(bucket)]));
    expect((await postZip(zipSync(templates))).status).toBe(201);
    const beside = Array.from({ length: 6 }, (_, index) => new File([bucket], `loose${index}.yaml`));
    const response = await postZip(zipSync(templates), 'project.zip', beside);
    expect(response.status).toBe(413);
    expect((await response.json<ErrorBody>()).error.code).toBe('too-many-files');
  });

  it('cleans traversal out of entry names', async () => {
    const response = await postZip(zipSync({ '../../../etc/stack.yaml': strToU8(openSshTemplate), '/root/other.yaml': strToU8(bucket) }));
    expect(response.status).toBe(201);
    const body = await response.json<{ id: string }>();
    const stored = await env.DB.prepare('SELECT path FROM review_files WHERE review_id = ? ORDER BY path').bind(body.id).all<{ path: string }>();
    expect(stored.results.map((row) => row.path)).toEqual(['etc/stack.yaml', 'root/other.yaml']);
  });

  it('answers 422 when the archive holds no template', async () => {
    const response = await postZip(zipSync({ 'notes.txt': strToU8('nothing here') }));
    expect(response.status).toBe(422);
    expect((await response.json<ErrorBody>()).error.code).toBe('no-templates');
  });

  it('answers 415 for a .zip that is not an archive, and for a .zip sent inside JSON', async () => {
    const broken = await postZip(strToU8('PK but not really'));
    expect(broken.status).toBe(415);
    expect((await broken.json<ErrorBody>()).error).toMatchObject({ code: 'invalid-archive', file: 'project.zip' });
    const json = await SELF.fetch('https://plumbline.test/api/reviews', {
      method: 'POST',
      body: JSON.stringify({ files: [{ name: 'project.zip', content: 'PK' }] }),
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '10.15.1.1' },
    });
    expect(json.status).toBe(415);
    expect((await json.json<ErrorBody>()).error.file).toBe('project.zip');
  });
});
