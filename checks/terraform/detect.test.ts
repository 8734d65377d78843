import { beforeAll, describe, expect, it } from 'vitest';
import { isTerraformSource, parseErrorOf } from './detect.ts';
import { loadParser } from './testing.ts';

beforeAll(loadParser);

describe('isTerraformSource', () => {
  it('recognises Terraform by its blocks, whatever the file is called', () => {
    expect(isTerraformSource('main.tf', 'resource "aws_s3_bucket" "b" {\n}\n')).toBe('yes');
    expect(isTerraformSource('main.tf', '# empty for now\n')).toBe('maybe');
    expect(isTerraformSource('stack.txt', 'locals {\n  a = 1\n}\n')).toBe('maybe');
    expect(isTerraformSource('template.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n')).toBe('no');
  });

  it('recognises variable files, .tf.json and plan JSON', () => {
    expect(isTerraformSource('prod.tfvars', 'env = "prod"\n')).toBe('yes');
    expect(isTerraformSource('main.tf.json', '{"resource": {"aws_s3_bucket": {}}}')).toBe('yes');
    expect(isTerraformSource('plan.json', '{"format_version":"1.2","planned_values":{}}')).toBe('yes');
    expect(isTerraformSource('template.json', '{"Resources": {}}')).toBe('no');
  });
});

describe('parseErrorOf', () => {
  it('gives the first syntax error with its line and column, or nothing', () => {
    expect(parseErrorOf('main.tf', 'a = 1\nb = [\n')).toMatchObject({ level: 'error', file: 'main.tf', line: 2 });
    expect(parseErrorOf('main.tf', 'a = 1\n')).toBeUndefined();
    expect(parseErrorOf('main.tf.json', '{"a": }')).toMatchObject({ code: 'json-syntax', line: 1, column: 7 });
  });
});
