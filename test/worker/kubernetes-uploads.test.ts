// Kubernetes and Compose through the API beside CloudFormation and Terraform: one upload or one zip of all four
// is read file by file in each file's own format, the report page shows Kubernetes addresses (escaped), and a
// broken manifest is a 422 with its position, never a clean report.
import { SELF } from 'cloudflare:test';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { get, nextAddress } from './console-session';
import { origin } from './paid-reviews';

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:latest
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`;

// A Compose service may be named anything a YAML key holds: the page must show it as text, never as markup.
const compose = `services:
  "api<img src=x onerror=alert(1)>":
    image: example/api
    depends_on: [db]
  db:
    image: postgres:16
`;

const mixed: Record<string, string> = {
  'stack.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
  'main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
  'k8s/web.yaml': manifest,
  'compose.yaml': compose,
};

const expectedFormats = { 'stack.yaml': 'cloudformation', 'main.tf': 'terraform', 'k8s/web.yaml': 'kubernetes', 'compose.yaml': 'compose' };

type Created = { id: string; url: string; summary: { files: number; checked: number } };
type Stored = { report: { files: { path: string; status: string; format?: string }[] } };

function post(body: FormData) {
  return SELF.fetch(`${origin}/api/reviews`, { method: 'POST', body, headers: { 'cf-connecting-ip': nextAddress() } });
}

function filesForm(files: Record<string, string>): FormData {
  const form = new FormData();
  // A fresh comment keeps each upload's files distinct, so no test shares stored blobs with another.
  for (const [path, text] of Object.entries(files)) form.append('files', new File([`${text}${path.endsWith('.tf') ? '//' : '#'} ${crypto.randomUUID()}\n`], path));
  return form;
}

function zipForm(files: Record<string, string>): FormData {
  const form = new FormData();
  form.append('files', new File([zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])))], 'project.zip', { type: 'application/zip' }));
  return form;
}

async function formatsOf(created: Created): Promise<Record<string, string | undefined>> {
  const stored = await (await SELF.fetch(`${origin}/api/reviews/${created.id}`)).json<Stored>();
  expect(stored.report.files.every((file) => file.status === 'checked')).toBe(true);
  return Object.fromEntries(stored.report.files.map((file) => [file.path, file.format]));
}

describe('Kubernetes and Compose uploads', () => {
  it.each([
    ['one upload', filesForm],
    ['one zip', zipForm],
  ])('checks each file of %s in its own format: CloudFormation, Terraform, Kubernetes and Compose', async (_name, form) => {
    const response = await post(form(mixed));
    expect(response.status).toBe(201);
    const created = await response.json<Created>();
    expect(created.summary).toMatchObject({ files: 4, checked: 4 });
    expect(await formatsOf(created)).toEqual(expectedFormats);
  });

  it('renders the report page with Kubernetes addresses and Compose names escaped', async () => {
    const created = await (await post(filesForm(mixed))).json<Created>();
    for (const prefix of ['', '/zh-cn']) {
      const page = await get(`${prefix}/reviews/${created.id}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Deployment.default.web');
      expect(html).toContain('Service.default.web');
      expect(html).toContain('service.api&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toContain('<img src=x');
    }
  });

  it('answers 422 with line and column for a Kubernetes manifest whose YAML is broken', async () => {
    const broken = manifest.replace('          image: nginx:latest', '          image: nginx:latest\n         ports: [');
    const response = await post(filesForm({ 'k8s/web.yaml': broken, 'compose.yaml': compose }));
    expect(response.status).toBe(422);
    const { error } = await response.json<{ error: { code: string; reason: string; file: string; line: number; column: number; message: string } }>();
    expect(error).toMatchObject({ code: 'invalid-template', reason: 'yaml-syntax', file: 'k8s/web.yaml', line: 19, column: 10 });
    expect(error.message).toMatch(/^k8s\/web\.yaml:19:10: invalid YAML/);
  });
});
