import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { argument, loadParser, plain, readFiles, resourceAt, where } from '../testing.ts';
import { readTerraformProject } from './read.ts';

beforeAll(loadParser);

const variables = `variable "env" {
  type    = string
  default = "dev"
}
variable "size" {
  type    = number
  default = 1
}
variable "names" {
  type    = list(string)
  default = []
}
variable "unset" {}
`;
const probe = `resource "t" "probe" {
  env   = var.env
  size  = var.size
  names = var.names
  unset = var.unset
}
`;

describe('variables', () => {
  it('takes defaults, then terraform.tfvars, *.auto.tfvars, --var-file and --var, later winning', () => {
    const read = (files: Record<string, string>, options = {}) => plain(resourceAt(readFiles({ 'variables.tf': variables, 'main.tf': probe, ...files }, options), 't.probe').body);
    expect(read({})).toMatchObject({ env: 'dev', size: 1, names: [], unset: '<unknown>' });
    expect(read({ 'terraform.tfvars': 'env = "stage"\nsize = "2"\n' })).toMatchObject({ env: 'stage', size: 2 });
    expect(read({ 'terraform.tfvars': 'env = "stage"\n', 'b.auto.tfvars': 'env = "b"\n', 'a.auto.tfvars.json': '{"env": "a", "names": ["x"]}' })).toMatchObject({ env: 'b', names: ['x'] });
    expect(read({ 'b.auto.tfvars': 'env = "b"\n' }, { varFiles: [{ path: 'prod.tfvars', text: 'env = "prod"\nsize = 3\n' }], vars: { size: '4', names: '["y", "z"]' } })).toMatchObject({
      env: 'prod',
      size: 4,
      names: ['y', 'z'],
    });
  });

  it('reads only the automatic variable files of the root directory', () => {
    const project = readFiles({ 'variables.tf': variables, 'main.tf': probe, 'prod.tfvars': 'env = "prod"\n', 'other/terraform.tfvars': 'env = "other"\n' });
    expect(plain(argument(resourceAt(project, 't.probe'), 'env'))).toBe('dev');
  });

  it('fills optional object attributes with their defaults', () => {
    const project = readFiles({
      'main.tf': `variable "settings" {
  type = object({ versioning = optional(bool, true), tags = optional(map(string)), name = string })
  default = { name = "x", extra = 1 }
}
resource "t" "probe" {
  settings = var.settings
}
`,
    });
    expect(plain(argument(resourceAt(project, 't.probe'), 'settings'))).toEqual({ versioning: true, tags: null, name: 'x' });
  });

  it('places a value read through a variable or local on the expression that reads it', () => {
    const project = readFiles({ 'variables.tf': variables, 'main.tf': `locals {\n  label = "\${var.env}-x"\n}\nresource "t" "probe" {\n  label = local.label\n  tags  = { env = var.env }\n}\n` });
    const resource = resourceAt(project, 't.probe');
    expect(where(resource.file, argument(resource, 'label'))).toBe('5:11');
    expect(where(resource.file, argument(resource, 'tags', 'env'))).toBe('6:19');
    expect(resource.file.path).toBe('main.tf');
  });
});

describe('count and for_each', () => {
  it('expands count into indexed addresses with count.index bound', () => {
    const project = readFiles({ 'main.tf': 'resource "aws_db_instance" "main" {\n  count      = 2\n  identifier = "db-${count.index}"\n}\n' });
    expect(project.resources.map((resource) => [resource.address, plain(argument(resource, 'identifier'))])).toEqual([
      ['aws_db_instance.main[0]', 'db-0'],
      ['aws_db_instance.main[1]', 'db-1'],
    ]);
  });

  it('expands for_each over a map and over a set, with each.key and each.value bound', () => {
    const project = readFiles({
      'main.tf': `resource "aws_subnet" "private" {
  for_each   = { b = "10.0.2.0/24", a = "10.0.1.0/24" }
  cidr_block = each.value
  tags       = { Name = each.key }
}
resource "aws_iam_user" "u" {
  for_each = toset(["bob", "ann", "bob"])
  name     = each.value
}
`,
    });
    expect(project.resources.map((resource) => resource.address)).toEqual(['aws_subnet.private["a"]', 'aws_subnet.private["b"]', 'aws_iam_user.u["ann"]', 'aws_iam_user.u["bob"]']);
    expect(plain(resourceAt(project, 'aws_subnet.private["b"]').body)).toEqual({ cidr_block: '10.0.2.0/24', tags: { Name: 'b' } });
  });

  it('reads a block with an unknown count once, as [*], with count.index unknown and an info diagnostic', () => {
    const project = readFiles({
      'main.tf':
        'data "aws_availability_zones" "all" {}\nresource "aws_subnet" "s" {\n  count             = length(data.aws_availability_zones.all.names)\n  availability_zone = data.aws_availability_zones.all.names[count.index]\n  map_public_ip_on_launch = true\n  cidr_block        = "10.0.${count.index}.0/24"\n}\n',
    });
    const subnet = resourceAt(project, 'aws_subnet.s[*]');
    expect(plain(subnet.body)).toEqual({ availability_zone: '<unknown>', map_public_ip_on_launch: true, cidr_block: '<unknown>' });
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'info', code: 'unknown-count', file: 'main.tf', line: 3, column: 23 })]);
    expect(project.diagnostics[0]?.message).toContain('aws_subnet.s[*]');
  });

  it('leaves out a resource whose count is zero', () => {
    expect(readFiles({ 'main.tf': 'resource "t" "r" {\n  count = 0\n}\n' }).resources).toEqual([]);
  });
});

describe('references', () => {
  it('refer to resources by their full address, with the instance key when indexed', () => {
    const project = readFiles({
      'main.tf': `resource "aws_s3_bucket" "logs" {
  count = 2
}
resource "aws_subnet" "s" {
  for_each = toset(["a"])
}
resource "t" "probe" {
  one    = aws_s3_bucket.logs[0].arn
  keyed  = aws_subnet.s["a"].id
  all    = aws_s3_bucket.logs[*].id
  whole  = aws_subnet.s
}
`,
    });
    expect(plain(resourceAt(project, 't.probe').body)).toEqual({
      one: '<ref aws_s3_bucket.logs[0].arn>',
      keyed: '<ref aws_subnet.s["a"].id>',
      all: ['<ref aws_s3_bucket.logs[0].id>', '<ref aws_s3_bucket.logs[1].id>'],
      whole: { a: '<ref aws_subnet.s["a"]>' },
    });
  });

  it('builds the JSON of an aws_iam_policy_document, writing resource attributes as their expressions', () => {
    const project = readFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {}
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:PutObject", "s3:GetObject"]
    resources = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-123"]
    }
  }
}
data "aws_iam_policy_document" "later" {
  statement {
    actions = [data.aws_iam_policy_document.p.id]
  }
}
resource "aws_s3_bucket_policy" "p" {
  policy = data.aws_iam_policy_document.p.json
  later  = data.aws_iam_policy_document.later.json
}
`,
    });
    const policy = resourceAt(project, 'aws_s3_bucket_policy.p');
    expect(JSON.parse(String(plain(argument(policy, 'policy'))))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: ['\${aws_s3_bucket.b.arn}', '\${aws_s3_bucket.b.arn}/*'],
          Principal: { AWS: '*' },
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } },
        },
      ],
    });
    expect(argument(policy, 'later')?.kind).toBe('unknown');
  });
});

describe('modules', () => {
  const files = {
    'main.tf': `module "net" {
  source = "./modules/net"
  name   = "core"
}
module "zones" {
  source   = "./modules/net"
  for_each = toset(["a", "b"])
  name     = "zone-\${each.key}"
}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
resource "t" "probe" {
  subnet = module.net.subnet_id
  name   = module.net.name
  zone   = module.zones["b"].name
  remote = module.vpc.vpc_id
}
`,
    'modules/net/main.tf': `variable "name" {
  type = string
}
resource "aws_subnet" "this" {
  tags = { Name = var.name }
}
output "subnet_id" {
  value = aws_subnet.this.id
}
output "name" {
  value = upper(var.name)
}
`,
  };

  it('reads a local module with its inputs bound and its resources addressed under it', () => {
    const project = readFiles(files);
    expect(project.resources.map((resource) => [resource.address, resource.modulePath, resource.file.path])).toEqual([
      ['t.probe', [], 'main.tf'],
      ['module.net.aws_subnet.this', ['net'], 'modules/net/main.tf'],
      ['module.zones["a"].aws_subnet.this', ['zones["a"]'], 'modules/net/main.tf'],
      ['module.zones["b"].aws_subnet.this', ['zones["b"]'], 'modules/net/main.tf'],
    ]);
    expect(plain(argument(resourceAt(project, 'module.zones["a"].aws_subnet.this'), 'tags'))).toEqual({ Name: 'zone-a' });
  });

  it('reads module outputs, and leaves a remote module unknown with a warning naming it', () => {
    const project = readFiles(files);
    expect(plain(resourceAt(project, 't.probe').body)).toEqual({ subnet: '<ref module.net.aws_subnet.this.id>', name: 'CORE', zone: 'ZONE-B', remote: '<unknown>' });
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'remote-module', file: 'main.tf', line: 11, column: 13 })]);
    expect(project.diagnostics[0]?.message).toContain('terraform-aws-modules/vpc/aws');
  });

  it('warns about a local module whose directory is not among the files', () => {
    const project = readFiles({ 'main.tf': 'module "gone" {\n  source = "../shared/gone"\n}\n' });
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'missing-module', line: 2 })]);
  });
});

describe('reading a project', () => {
  it('reports a broken file at its line and column and still reads the others', () => {
    const project = readFiles({ 'broken.tf': 'resource "t" "a" {\n  x = \n}\n', 'good.tf': 'resource "t" "b" {\n  x = 1\n}\n' });
    expect(project.resources.map((resource) => resource.address)).toEqual(['t.b']);
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'hcl-syntax', file: 'broken.tf', line: 2, column: 3, message: 'HCL syntax error at "x ="' })]);
  });

  it('expands dynamic blocks into the same list as written blocks, and keeps an unknown one unknown', () => {
    const project = readFiles({
      'main.tf': `resource "aws_security_group" "web" {
  ingress {
    from_port = 8080
  }
  dynamic "ingress" {
    for_each = { https = 443, http = 80 }
    iterator = port
    content {
      from_port   = port.value
      description = port.key
    }
  }
}
data "aws_ports" "p" {}
resource "aws_security_group" "unknown" {
  dynamic "ingress" {
    for_each = data.aws_ports.p.ports
    content {
      from_port = ingress.value
    }
  }
}
`,
    });
    const web = resourceAt(project, 'aws_security_group.web');
    expect(plain(argument(web, 'ingress'))).toEqual([{ from_port: 8080 }, { from_port: 80, description: 'http' }, { from_port: 443, description: 'https' }]);
    expect(argument(web, 'ingress', 0)).toMatchObject({ kind: 'map', block: true });
    expect(argument(resourceAt(project, 'aws_security_group.unknown'), 'ingress')?.kind).toBe('unknown');
  });

  it('points at the block header and keeps the comments above and inside it', () => {
    const project = readFiles({
      'main.tf': '# unrelated\n\n# plumbline:ignore AWS-S3-VERSIONING reason="archive" expires=2030-01-01\n// second line\nresource "aws_s3_bucket" "b" { # inside\n  bucket = "b"\n}\n',
    });
    const bucket = resourceAt(project, 'aws_s3_bucket.b');
    expect(bucket.comments.map((comment) => comment.text)).toEqual(['# plumbline:ignore AWS-S3-VERSIONING reason="archive" expires=2030-01-01', '// second line', '# inside']);
    expect(bucket.file.text.slice(bucket.start, bucket.headerEnd)).toBe('resource "aws_s3_bucket" "b"');
  });

  it('reads the fixture project with its modules, variables and sub-resources', () => {
    const root = fileURLToPath(new URL('../fixtures/project/', import.meta.url));
    const files: { path: string; text: string }[] = [];
    const walk = (directory: string) => {
      for (const name of readdirSync(directory).sort()) {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) walk(path);
        // The plan beside it describes the same resources; the engine checks it as a unit of its own.
        else if (name !== 'plan.json') files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    };
    walk(root);
    const project = readTerraformProject(files);
    expect(project.diagnostics).toEqual([]);
    expect(project.resources.map((resource) => resource.address)).toContain('module.network["edge"].aws_subnet.this');
    expect(plain(argument(resourceAt(project, 'aws_db_instance.orders[1]'), 'storage_encrypted'))).toBe(true);
    expect(plain(argument(resourceAt(project, 'module.assets.aws_s3_bucket_versioning.this'), 'versioning_configuration'))).toEqual([{ status: 'Suspended' }]);
    expect(plain(argument(resourceAt(project, 'module.network["edge"].aws_subnet.this'), 'map_public_ip_on_launch'))).toBe(true);
  });
});
