import { describe, expect, it } from 'vitest';
import { resourcesOf, where } from './support/snippets.ts';

describe('aws_cloudwatch_log_group', () => {
  it('reads the retention, with 0 (never expire) as no retention', () => {
    const groups = resourcesOf(
      `resource "aws_cloudwatch_log_group" "app" {
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "forever" {
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "unset" {}
`,
      'aws.logs.group',
    );
    expect(where(groups.get('aws_cloudwatch_log_group.app')!.retentionDays)).toEqual({ value: 30, line: 2, property: 'retention_in_days' });
    expect(where(groups.get('aws_cloudwatch_log_group.forever')!.retentionDays)).toEqual({ value: 'absent', line: 6, property: 'retention_in_days' });
    expect(where(groups.get('aws_cloudwatch_log_group.unset')!.retentionDays)).toEqual({ value: 'absent', line: 9, property: 'retention_in_days' });
  });
});
