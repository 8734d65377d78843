import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const buckets = (text: string) => resourcesOf(text, 'aws.s3.bucket');

describe('aws_s3_bucket', () => {
  it('reads Object Ownership from aws_s3_bucket_ownership_controls, absent (ACLs disabled) without one', () => {
    const all = buckets(`resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

resource "aws_s3_bucket_ownership_controls" "shared" {
  bucket = aws_s3_bucket.shared.id
  rule {
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "example-plain"
}
`);
    expect(where(all.get('aws_s3_bucket.shared')!.objectOwnership)).toEqual({ value: 'ObjectWriter', line: 8, property: 'object_ownership' });
    expect(value(all.get('aws_s3_bucket.plain')!.objectOwnership)).toBe('absent');
  });

  it('reads the settings its separate resources configure, normalising the ACL', () => {
    const data = buckets(`resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = "public-read"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = "example-data"
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "old-versions"
    status = "Enabled"
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}
`).get('aws_s3_bucket.data')!;
    expect(where(data.acl)).toEqual({ value: 'PublicRead', line: 7, property: 'acl' });
    expect(data.acl.written).toBe('public-read');
    expect(where(data.versioning)).toEqual({ value: true, line: 13, property: 'status' });
    expect(data.lifecycleRules.map((rule) => [value(rule.enabled), rule.expiresNoncurrentVersions])).toEqual([[true, true]]);
  });

  it('applies the stricter of the account-wide and the bucket public access block', () => {
    const all = buckets(`resource "aws_s3_account_public_access_block" "account" {
  block_public_acls   = true
  block_public_policy = true
}

resource "aws_s3_bucket" "covered" {}

resource "aws_s3_bucket" "own" {}

resource "aws_s3_bucket_public_access_block" "own" {
  bucket              = aws_s3_bucket.own.id
  block_public_policy = false
  ignore_public_acls  = false
}
`);
    const covered = all.get('aws_s3_bucket.covered')!;
    expect(where(covered.blockPublicAcls)).toEqual({ value: true, line: 2, property: 'block_public_acls' });
    expect(where(covered.ignorePublicAcls)).toEqual({ value: 'absent', line: 6, property: 'ignore_public_acls' });
    expect(where(covered.publicAccessBlock)).toEqual({ value: 'absent', line: 6, property: 'aws_s3_bucket_public_access_block' });
    expect(where(covered.accessLogging)).toEqual({ value: 'absent', line: 6, property: 'aws_s3_bucket_logging' });
    const own = all.get('aws_s3_bucket.own')!;
    expect(value(own.blockPublicPolicy)).toBe(true);
    expect(where(own.ignorePublicAcls)).toEqual({ value: false, line: 13, property: 'ignore_public_acls' });
    expect(where(own.publicAccessBlock)).toEqual({ value: true, line: 10, property: 'aws_s3_bucket_public_access_block' });
  });

  it('leaves settings open on every bucket when a sub-resource names a bucket known only at apply time', () => {
    const data = buckets(`variable "bucket" {
  type = string
}

resource "aws_s3_bucket" "data" {}

resource "aws_s3_bucket_versioning" "someone" {
  bucket = var.bucket
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "someone" {
  bucket = var.bucket
  policy = "{}"
}
`).get('aws_s3_bucket.data')!;
    expect(value(data.versioning)).toBe('unknown');
    expect(data.policies.map((policy) => policy.unreadable)).toEqual([true]);
  });
});

describe('bucket policies', () => {
  it('reads an aws_iam_policy_document statement by statement, even when its resources are known only at apply time', () => {
    const data = buckets(`resource "aws_s3_bucket" "data" {}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls.json
}
`).get('aws_s3_bucket.data')!;
    const [policy] = data.policies;
    expect(where({ state: 'known', value: 'policy', at: policy!.at })).toMatchObject({ line: 22 });
    const [statement] = policy!.statements;
    expect(where(statement!.effect)).toMatchObject({ value: 'Deny', line: 5 });
    expect(statement!.actions).toEqual(['s3:*']);
    expect(statement!.resources).toBeUndefined();
    expect(statement!.principalIsEveryone).toBe(true);
    expect(statement!.conditions).toEqual([{ operator: 'Bool', key: 'aws:securetransport', values: ['false'] }]);
  });

  it('keeps a policy whose JSON is known only at apply time as unreadable', () => {
    const data = buckets(`resource "aws_s3_bucket" "data" {}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({ Statement = [{ Effect = "Deny", Resource = aws_s3_bucket.data.arn }] })
}
`).get('aws_s3_bucket.data')!;
    expect(data.policies).toMatchObject([{ statements: [], unreadable: true }]);
  });
});
