import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { cloudFormation } from './cloudformation.ts';
import { candidateAdapters } from './index.ts';

const bucket = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  # plumbline:ignore AWS-S3-ACCESS-LOGGING reason="Logs bucket" expires=2027-01-31
  Logs:
    Type: AWS::S3::Bucket
    Metadata:
      plumbline:
        ignore:
          - rule: AWS-S3-VERSIONING
            reason: Scratch data
`;

describe('the CloudFormation adapter', () => {
  it('recognises a template from its content, whatever the file is called', () => {
    expect(cloudFormation.detect('stack', bucket)).toBe('yes');
    expect(candidateAdapters('notes.txt', bucket)).toEqual([cloudFormation]);
    expect(checkSources([{ path: 'stack', content: bucket }]).files[0]).toMatchObject({ status: 'checked', format: 'cloudformation', resources: 1 });
  });

  it('leaves YAML that is not a template to other formats, with its reason', () => {
    const read = cloudFormation.read('deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\n');
    expect(read).toEqual({ kind: 'not-mine', reason: expect.stringMatching(/not a CloudFormation template/) });
  });

  it('turns Metadata and comment suppressions into the common shape', () => {
    const read = cloudFormation.read('stack.yaml', bucket);
    if (read.kind !== 'source') throw new Error('not read');
    expect(cloudFormation.suppressions(read.source, 'Logs')).toEqual([
      { ruleId: 'AWS-S3-VERSIONING', reason: 'Scratch data', source: 'metadata' },
      { ruleId: 'AWS-S3-ACCESS-LOGGING', reason: 'Logs bucket', expires: '2027-01-31', source: 'comment' },
    ]);
    expect(cloudFormation.suppressions(read.source, 'Missing')).toEqual([]);
  });

  it('refuses text over CloudFormation’s 1 MB limit, naming it', () => {
    const read = cloudFormation.read('huge.yaml', `a: "${'x'.repeat(cloudFormation.limits.maxBytes)}"`);
    expect(read).toMatchObject({ kind: 'failed', status: 'error', diagnostics: [{ code: 'too-large', message: expect.stringMatching(/CloudFormation/) }] });
    expect(cloudFormation.limits.tooLarge(2 * 1_048_576)).toMatch(/2\.0 MB; CloudFormation accepts templates up to 1 MB/);
  });
});
