import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

describe('aws_efs_file_system', () => {
  it('reads encryption, and keeps the data only when destroy is prevented', () => {
    const systems = resourcesOf(
      `resource "aws_efs_file_system" "shared" {
  encrypted = true

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_efs_file_system" "scratch" {}
`,
      'aws.efs.file-system',
    );
    expect(where(systems.get('aws_efs_file_system.shared')!.encrypted)).toEqual({ value: true, line: 2, property: 'encrypted' });
    expect(value(systems.get('aws_efs_file_system.shared')!.retainOnDelete)).toBe(true);
    expect(where(systems.get('aws_efs_file_system.scratch')!.encrypted)).toEqual({ value: 'absent', line: 9, property: 'encrypted' });
    expect(value(systems.get('aws_efs_file_system.scratch')!.retainOnDelete)).toBe(false);
  });
});
