import { beforeAll, describe, expect, it } from 'vitest';
import { argument, loadParser, plain, readFiles, resourceAt, where } from '../testing.ts';

beforeAll(loadParser);

const config = JSON.stringify(
  {
    '//': 'plumbline:ignore AWS-S3-LOGGING reason="logs bucket"',
    variable: { env: { type: 'string', default: 'dev' }, ports: { type: 'list(number)', default: ['22'] } },
    locals: { name: '${var.env}-logs' },
    resource: {
      aws_s3_bucket: { logs: { bucket: '${local.name}', tags: { Env: '${var.env}' }, versioning: { enabled: true } } },
      aws_security_group: {
        web: {
          count: 2,
          name: 'web-${count.index}',
          ingress: [{ from_port: 22 }, { from_port: 443 }],
          dynamic: { egress: { for_each: '${var.ports}', iterator: 'port', content: { to_port: '${port.value}' } } },
        },
      },
    },
    module: { net: { source: './net', name: 'core' } },
  },
  null,
  2,
);

describe('.tf.json', () => {
  it('reads resources, variables, locals, count and dynamic blocks into the same shape as HCL', () => {
    const project = readFiles({ 'main.tf.json': config, 'net/main.tf': 'variable "name" {}\nresource "aws_subnet" "s" {\n  tags = { Name = var.name }\n}\n' });
    expect(project.diagnostics).toEqual([]);
    expect(project.resources.map((resource) => resource.address)).toEqual(['aws_s3_bucket.logs', 'aws_security_group.web[0]', 'aws_security_group.web[1]', 'module.net.aws_subnet.s']);
    expect(plain(resourceAt(project, 'aws_s3_bucket.logs').body)).toEqual({ bucket: 'dev-logs', tags: { Env: 'dev' }, versioning: [{ enabled: true }] });
    expect(plain(resourceAt(project, 'aws_security_group.web[1]').body)).toEqual({ name: 'web-1', ingress: [{ from_port: 22 }, { from_port: 443 }], egress: [{ to_port: 22 }] });
    expect(plain(argument(resourceAt(project, 'module.net.aws_subnet.s'), 'tags'))).toEqual({ Name: 'core' });
  });

  it('points into the JSON and reads "//" keys as comments', () => {
    const project = readFiles({ 'main.tf.json': config, 'net/main.tf': 'variable "name" {}\n' });
    const bucket = resourceAt(project, 'aws_s3_bucket.logs');
    const line = config.split('\n').findIndex((text) => text.includes('"bucket"')) + 1;
    expect(where(bucket.file, argument(bucket, 'bucket'))).toBe(`${line}:19`);
    expect(bucket.file.text.slice(bucket.start, bucket.headerEnd)).toBe('"logs"');
    const comments = readFiles({ 'main.tf.json': '{"resource": {"t": {"r": {"//": "plumbline:ignore X reason=\\"y\\"", "a": 1}}}}' }).resources[0]?.comments;
    expect(comments?.map((comment) => comment.text)).toEqual(['// plumbline:ignore X reason="y"']);
  });

  it('reports invalid JSON with its line and column and reads the other files', () => {
    const project = readFiles({ 'bad.tf.json': '{\n  "resource": {\n}', 'main.tf': 'resource "t" "r" {}\n' });
    expect(project.resources.map((resource) => resource.address)).toEqual(['t.r']);
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'json-syntax', file: 'bad.tf.json', line: 3 })]);
  });
});
