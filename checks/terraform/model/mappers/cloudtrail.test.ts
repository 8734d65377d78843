import { describe, expect, it } from 'vitest';
import { resourcesOf, where } from './support/snippets.ts';

describe('aws_cloudtrail', () => {
  it('reads log file validation and regional coverage', () => {
    const trail = resourcesOf(
      `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "trail-logs"
  enable_log_file_validation = true
}
`,
      'aws.cloudtrail.trail',
    ).get('aws_cloudtrail.main')!;
    expect(where(trail.logFileValidation)).toEqual({ value: true, line: 4, property: 'enable_log_file_validation' });
    expect(where(trail.multiRegion)).toEqual({ value: 'absent', line: 1, property: 'is_multi_region_trail' });
  });
});
