import { describe, expect, it } from 'vitest';
import { loadParser } from '../terraform/testing.ts';
import { checkSources } from './check.ts';

await loadParser();

const check = (path: string, content: string) => checkSources([{ path, content }], { today: '2026-12-05' });
const suppressedOf = (report: ReturnType<typeof check>, ruleId: string) => report.findings.find((finding) => finding.ruleId === ruleId)?.suppressed;

const bucketWithMetadata = (metadata: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Logs:
    Type: AWS::S3::Bucket
${metadata}
    Properties:
      BucketName: logs
`;

const terraformBucket = (comments: string) => `${comments}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`;

describe('suppressions written for other tools, in CloudFormation', () => {
  it('honours cfn_nag rules_to_suppress through the rule equivalents, naming the tool and keeping the reason', () => {
    const report = check(
      'stack.yaml',
      bucketWithMetadata('    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: W35\n            reason: Logs bucket; logging it to itself would loop'),
    );
    expect(suppressedOf(report, 'AWS-S3-ACCESS-LOGGING')).toEqual({ reason: 'Logs bucket; logging it to itself would loop', source: 'metadata', tool: 'cfn_nag', peerId: 'W35' });
    expect(suppressedOf(report, 'AWS-S3-VERSIONING')).toBeUndefined();
    expect(report.diagnostics).toEqual([]);
  });

  it('honours checkov skips in Metadata and in a comment in the resource', () => {
    const metadata = '    # checkov:skip=CKV_AWS_18:Logs bucket\n    Metadata:\n      checkov:\n        skip:\n          - id: CKV_AWS_21\n            comment: Written once';
    const report = check('stack.yaml', bucketWithMetadata(metadata));
    expect(suppressedOf(report, 'AWS-S3-VERSIONING')).toEqual({ reason: 'Written once', source: 'metadata', tool: 'checkov', peerId: 'CKV_AWS_21' });
    expect(suppressedOf(report, 'AWS-S3-ACCESS-LOGGING')).toEqual({ reason: 'Logs bucket', source: 'comment', tool: 'checkov', peerId: 'CKV_AWS_18' });
  });

  it('honours cfn-lint ignore_checks for ids that map, without a reason since cfn-lint takes none', () => {
    const table = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Metadata:
      cfn-lint:
        config:
          ignore_checks: [I3011]
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const report = check('table.yaml', table);
    expect(suppressedOf(report, 'AWS-STATEFUL-RETAIN-POLICY')).toEqual({ reason: '', source: 'metadata', tool: 'cfn_lint', peerId: 'I3011' });
  });

  it('lists ids that map to no rule in one low diagnostic with file and line, and suppresses nothing with them', () => {
    const metadata =
      '    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: W51\n            reason: no policy\n      cfn-lint:\n        config:\n          ignore_checks: [E3012]';
    const report = check('stack.yaml', bucketWithMetadata(metadata));
    expect(report.summary.suppressed).toBe(0);
    expect(report.diagnostics).toEqual([
      {
        level: 'info',
        code: 'peer-suppression-unmapped',
        message: '2 suppressions written for other tools match no Plumbline rule and suppress nothing: cfn_nag rules_to_suppress W51 (stack.yaml:8), cfn-lint ignore_checks E3012 (stack.yaml:12)',
        file: 'stack.yaml',
      },
    ]);
  });
});

describe('suppressions written for other tools, in Terraform', () => {
  it('honours a checkov skip inside the resource block', () => {
    const report = check('main.tf', `resource "aws_s3_bucket" "logs" {\n  #checkov:skip=CKV_AWS_18:Logs bucket\n  bucket = "logs"\n}\n`);
    expect(suppressedOf(report, 'AWS-S3-ACCESS-LOGGING')).toEqual({ reason: 'Logs bucket', source: 'comment', tool: 'checkov', peerId: 'CKV_AWS_18' });
  });

  it('honours trivy and tfsec ignores by AVD id, with trivy’s expiry, in any case', () => {
    const report = check('main.tf', terraformBucket('#trivy:ignore:AVD-AWS-0090:exp:2027-01-31 scratch data\n#tfsec:ignore:avd-aws-0089'));
    expect(suppressedOf(report, 'AWS-S3-VERSIONING')).toEqual({ reason: 'scratch data', source: 'comment', expires: '2027-01-31', tool: 'trivy', peerId: 'AVD-AWS-0090' });
    expect(suppressedOf(report, 'AWS-S3-ACCESS-LOGGING')).toEqual({ reason: '', source: 'comment', tool: 'tfsec', peerId: 'avd-aws-0089' });
  });

  it('stops honouring a trivy ignore after its expiry date', () => {
    const report = check('main.tf', terraformBucket('#trivy:ignore:AVD-AWS-0090:exp:2026-01-31'));
    expect(suppressedOf(report, 'AWS-S3-VERSIONING')).toBeUndefined();
    expect(report.findings.find((finding) => finding.ruleId === 'AWS-S3-VERSIONING')?.expiredSuppression).toMatchObject({ tool: 'trivy', expires: '2026-01-31' });
  });

  it('reads several ignores on one line, and lists the ids no rule maps', () => {
    const report = check('main.tf', terraformBucket('#tfsec:ignore:AVD-AWS-0090 #tfsec:ignore:aws-s3-enable-bucket-logging'));
    expect(suppressedOf(report, 'AWS-S3-VERSIONING')).toMatchObject({ tool: 'tfsec', reason: '' });
    expect(report.diagnostics).toMatchObject([{ level: 'info', code: 'peer-suppression-unmapped', message: expect.stringContaining('tfsec:ignore aws-s3-enable-bucket-logging (main.tf:1)') }]);
  });
});
