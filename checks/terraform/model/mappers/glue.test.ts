import { describe, expect, it } from 'vitest';
import { resourcesOf, value } from './support/snippets.ts';

describe('aws_glue_security_configuration', () => {
  it('reads the three encryption modes, absent when a block leaves its mode out', () => {
    const configurations = resourcesOf(
      `resource "aws_glue_security_configuration" "etl" {
  name = "etl"
  encryption_configuration {
    s3_encryption {
      s3_encryption_mode = "sse-kms"
    }
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED"
    }
    job_bookmarks_encryption {}
  }
}
`,
      'aws.glue.security-configuration',
    );
    const etl = configurations.get('aws_glue_security_configuration.etl')!;
    expect(value(etl.s3Encryption)).toBe('SSE-KMS');
    expect(value(etl.cloudWatchEncryption)).toBe('DISABLED');
    expect(etl.cloudWatchEncryption.property).toBe('cloudwatch_encryption_mode');
    expect(value(etl.jobBookmarksEncryption)).toBe('absent');
    expect(etl.jobBookmarksEncryption.property).toBe('job_bookmarks_encryption_mode');
  });
});

describe('aws_glue_job', () => {
  it('reads the security configuration a job names', () => {
    const jobs = resourcesOf(
      `resource "aws_glue_job" "named" {
  name                   = "named"
  role_arn               = "arn:aws:iam::123456789012:role/glue"
  security_configuration = "etl"
  command {
    script_location = "s3://scripts/named.py"
  }
}

resource "aws_glue_job" "bare" {
  name     = "bare"
  role_arn = "arn:aws:iam::123456789012:role/glue"
  command {
    script_location = "s3://scripts/bare.py"
  }
}
`,
      'aws.glue.job',
    );
    expect(value(jobs.get('aws_glue_job.named')!.securityConfiguration)).toBe('etl');
    expect(value(jobs.get('aws_glue_job.bare')!.securityConfiguration)).toBe('absent');
  });
});

describe('aws_glue_data_catalog_encryption_settings', () => {
  it('reads catalog encryption and whether connection passwords stay encrypted', () => {
    const settings = resourcesOf(
      `resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
    }
  }
}
`,
      'aws.glue.catalog-encryption',
    );
    const catalog = settings.get('aws_glue_data_catalog_encryption_settings.catalog')!;
    expect(value(catalog.catalogEncryption)).toBe('SSE-KMS');
    expect(value(catalog.connectionPasswordEncrypted)).toBe(false);
    expect(catalog.connectionPasswordEncrypted.property).toBe('return_connection_password_encrypted');
  });
});
