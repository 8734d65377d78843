// Terraform through the API: a folder upload keeps module paths, variables files count, plan JSON is read,
// and a file the parser refuses is a 422 with its position, never a clean report.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

let ip = 0;
function post(form: FormData) {
  return SELF.fetch('https://plumbline.test/api/reviews', { method: 'POST', body: form, headers: { 'cf-connecting-ip': `10.9.0.${++ip}` } });
}
function formOf(files: Record<string, string>): FormData {
  const form = new FormData();
  for (const [path, text] of Object.entries(files)) form.append('files', new File([text], path));
  return form;
}

type Created = { findings: { ruleId: string; file: string; line: number; resource: { address: string } }[]; summary: { checked: number } };

const root = {
  'infra/main.tf': [
    'module "assets" {',
    '  source     = "./modules/bucket"',
    '  versioning = var.keep_versions',
    '}',
    '',
    'resource "aws_security_group" "web" {',
    '  name = "web"',
    '}',
    '',
    'resource "aws_security_group_rule" "ssh" {',
    '  type              = "ingress"',
    '  security_group_id = aws_security_group.web.id',
    '  from_port         = 22',
    '  to_port           = 22',
    '  protocol          = "tcp"',
    '  cidr_blocks       = [var.admin_cidr]',
    '}',
    '',
  ].join('\n'),
  'infra/variables.tf': 'variable "keep_versions" {\n  type    = bool\n  default = true\n}\n\nvariable "admin_cidr" {\n  type    = string\n  default = "10.0.0.0/8"\n}\n',
  'infra/terraform.tfvars': 'keep_versions = false\nadmin_cidr    = "0.0.0.0/0"\n',
  'infra/modules/bucket/main.tf':
    'variable "versioning" {\n  type = bool\n}\n\nresource "aws_s3_bucket" "this" {\n  bucket = "assets"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = var.versioning ? "Enabled" : "Suspended"\n  }\n}\n',
};

describe('Terraform uploads', () => {
  it('checks a folder with a local module and terraform.tfvars, findings at module paths and addresses', async () => {
    const response = await post(formOf(root));
    expect(response.status).toBe(201);
    const body = await response.json<Created>();
    expect(body.summary.checked).toBe(4);
    const seen = body.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line} ${finding.resource.address}`);
    expect(seen).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS infra/main.tf:16 aws_security_group_rule.ssh');
    expect(seen).toContain('AWS-S3-VERSIONING infra/modules/bucket/main.tf:12 module.assets.aws_s3_bucket.this');
  });

  it('reads plan JSON', async () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket_versioning.v',
              mode: 'managed',
              type: 'aws_s3_bucket_versioning',
              name: 'v',
              values: { bucket: 'b', versioning_configuration: [{ status: 'Suspended', mfa_delete: null }] },
            },
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b' } },
          ],
        },
      },
      resource_changes: [],
      configuration: { root_module: { resources: [{ address: 'aws_s3_bucket_versioning.v', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } }] } },
    };
    const response = await post(formOf({ 'plan.json': JSON.stringify(plan, null, 2) }));
    expect(response.status).toBe(201);
    const body = await response.json<Created>();
    expect(body.findings.map((finding) => finding.ruleId)).toContain('AWS-S3-VERSIONING');
  });

  it('answers 422 with line and column for HCL that does not parse', async () => {
    const response = await post(formOf({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n', 'ok.tf': 'resource "aws_s3_bucket" "c" {}\n' }));
    expect(response.status).toBe(422);
    const { error } = await response.json<{ error: { code: string; file: string; line: number; column: number } }>();
    expect(error).toMatchObject({ code: 'invalid-template', file: 'main.tf', line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses names no format reads, naming every format', async () => {
    const response = await post(formOf({ 'README.md': '# hi\n' }));
    expect(response.status).toBe(415);
    const { error } = await response.json<{ error: { message: string } }>();
    expect(error.message).toMatch(/CloudFormation templates .*Terraform files .*Kubernetes manifests .*Compose files/);
  });
});
