import { describe, expect, it } from 'vitest';
import { loadParser, readFiles } from '../testing.ts';
import { declaredTerraformResources } from './declared.ts';

await loadParser();

const links = (files: Record<string, string>) =>
  declaredTerraformResources(readFiles(files).resources).flatMap((resource) => resource.references.map((reference) => `${resource.address} -> ${reference.to} (${reference.property})`));

describe('Terraform resources for the architecture picture', () => {
  it('links through evaluated references, instance keys, modules and apply-time templates', () => {
    const found = links({
      'main.tf': [
        'resource "aws_vpc" "main" {}',
        'resource "aws_subnet" "a" {',
        '  for_each = toset(["x", "y"])',
        '  vpc_id   = aws_vpc.main.id',
        '}',
        'resource "aws_db_subnet_group" "db" {',
        '  subnet_ids = [for subnet in aws_subnet.a : subnet.id]',
        '}',
        'resource "aws_iam_role_policy" "p" {',
        '  policy = "arn:aws:s3:::${aws_s3_bucket.b.bucket}/*"',
        '}',
        'resource "aws_s3_bucket" "b" {}',
        'data "aws_caller_identity" "me" {}',
        'resource "aws_s3_bucket_policy" "self" {',
        '  bucket = aws_s3_bucket.b.id',
        '  policy = data.aws_caller_identity.me.account_id',
        '}',
      ].join('\n'),
    });
    expect(found).toEqual([
      'aws_subnet.a["x"] -> aws_vpc.main (vpc_id)',
      'aws_subnet.a["y"] -> aws_vpc.main (vpc_id)',
      'aws_db_subnet_group.db -> aws_subnet.a["x"] (subnet_ids)',
      'aws_db_subnet_group.db -> aws_subnet.a["y"] (subnet_ids)',
      'aws_iam_role_policy.p -> aws_s3_bucket.b (policy)',
      'aws_s3_bucket_policy.self -> aws_s3_bucket.b (bucket)',
    ]);
  });

  it('declares managed resources only, each once, at its block', () => {
    const declared = declaredTerraformResources(readFiles({ 'main.tf': 'data "aws_region" "here" {}\n\nresource "aws_sqs_queue" "q" {\n  count = 2\n}\n' }).resources);
    expect(declared.map((resource) => [resource.address, resource.sourceType, resource.at.start])).toEqual([
      ['aws_sqs_queue.q[0]', 'aws_sqs_queue', 29],
      ['aws_sqs_queue.q[1]', 'aws_sqs_queue', 29],
    ]);
  });
});
