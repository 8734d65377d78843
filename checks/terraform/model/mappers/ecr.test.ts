import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const repositories = (text: string) => resourcesOf(text, 'aws.ecr.repository');

describe('aws_ecr_repository', () => {
  it('reads the name, tag mutability and scan on push, pointing at each setting', () => {
    const api = repositories(`resource "aws_ecr_repository" "api" {
  name                 = "orders/api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}
`).get('aws_ecr_repository.api')!;
    expect(value(api.repositoryName)).toBe('orders/api');
    expect(where(api.tagMutability)).toEqual({ value: 'IMMUTABLE', line: 3, property: 'image_tag_mutability' });
    expect(where(api.scanOnPush)).toEqual({ value: true, line: 6, property: 'scan_on_push' });
    expect(where(api.lifecyclePolicy)).toEqual({ value: 'absent', line: 1, property: 'aws_ecr_lifecycle_policy' });
  });

  it('takes a lifecycle policy that names the repository by reference or by name', () => {
    const all = repositories(`resource "aws_ecr_repository" "api" {
  name = "orders/api"
}

resource "aws_ecr_repository" "batch" {
  name = "orders/batch"
}

resource "aws_ecr_repository" "other" {
  name = "orders/other"
}

resource "aws_ecr_lifecycle_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy     = "{}"
}

resource "aws_ecr_lifecycle_policy" "batch" {
  repository = "orders/batch"
  policy     = "{}"
}
`);
    expect(where(all.get('aws_ecr_repository.api')!.lifecyclePolicy)).toEqual({ value: true, line: 13, property: undefined });
    expect(value(all.get('aws_ecr_repository.batch')!.lifecyclePolicy)).toBe(true);
    expect(value(all.get('aws_ecr_repository.other')!.lifecyclePolicy)).toBe('absent');
  });

  it('leaves lifecycle policies open when a policy names a repository known only at apply time', () => {
    const all = repositories(`variable "repository" {
  type = string
}

resource "aws_ecr_repository" "api" {
  name = "orders/api"
}

resource "aws_ecr_lifecycle_policy" "someone" {
  repository = var.repository
  policy     = "{}"
}
`);
    expect(value(all.get('aws_ecr_repository.api')!.lifecyclePolicy)).toBe('unknown');
  });

  it('counts repositories a registry rule scans on push, by wildcard filter', () => {
    const all = repositories(`resource "aws_ecr_repository" "payments" {
  name = "payments/api"
}

resource "aws_ecr_repository" "reports" {
  name = "reports/api"
}

resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "payments/*"
      filter_type = "WILDCARD"
    }
  }

  rule {
    scan_frequency = "MANUAL"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}
`);
    expect(all.get('aws_ecr_repository.payments')!.scannedByRegistryRule).toBe(true);
    expect(all.get('aws_ecr_repository.reports')!.scannedByRegistryRule).toBe(false);
  });
});
