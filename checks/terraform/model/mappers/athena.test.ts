import { describe, expect, it } from 'vitest';
import { resourcesOf, value } from './support/snippets.ts';

describe('aws_athena_workgroup', () => {
  it('reads the results location, its encryption option and whether the workgroup enforces it', () => {
    const workGroups = resourcesOf(
      `resource "aws_athena_workgroup" "encrypted" {
  name = "encrypted"
  configuration {
    enforce_workgroup_configuration = false
    result_configuration {
      output_location = "s3://results/encrypted/"
      encryption_configuration {
        encryption_option = "sse_kms"
      }
    }
  }
}

resource "aws_athena_workgroup" "bare" {
  name = "bare"
}
`,
      'aws.athena.workgroup',
    );
    const encrypted = workGroups.get('aws_athena_workgroup.encrypted')!;
    expect(value(encrypted.outputLocation)).toBe('s3://results/encrypted/');
    expect(value(encrypted.resultEncryption)).toBe('SSE_KMS');
    expect(encrypted.resultEncryption.property).toBe('encryption_option');
    expect(value(encrypted.enforceConfiguration)).toBe(false);
    const bare = workGroups.get('aws_athena_workgroup.bare')!;
    expect(value(bare.outputLocation)).toBe('absent');
    expect(value(bare.resultEncryption)).toBe('absent');
    expect(value(bare.enforceConfiguration)).toBe('absent');
  });
});
