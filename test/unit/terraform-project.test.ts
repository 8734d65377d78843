/**
 * The Terraform fixture project end to end, through the engine's door: variables, locals, `count`, `for_each`,
 * local modules, bucket sub-resources and a standalone security-group rule get exactly the findings a reviewer
 * would raise, at the lines to change, and the plan of the same project (`plan.json`) gets the same ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSources, prepareTerraform, type Finding, type SourceInput } from '../../checks/index.ts';
import { loadTerraformWasmFromNode } from '../../checks/node.ts';

beforeAll(() => prepareTerraform(loadTerraformWasmFromNode));

const root = fileURLToPath(new URL('../../checks/terraform/fixtures/project/', import.meta.url));

function filesUnder(directory: string): SourceInput[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return name === 'README.md' ? [] : [{ path: relative(root, path), content: readFileSync(path, 'utf8') }];
    });
}

const files = filesUnder(root);
const configuration = files.filter((file) => file.path !== 'plan.json');
const plan = files.filter((file) => file.path === 'plan.json');

const located = (finding: Finding) => `${finding.ruleId} ${finding.file}:${finding.line} ${finding.resource?.address}`;
const addressed = (finding: Finding) => `${finding.ruleId} ${finding.resource?.address}`;
const sorted = (lines: string[]) => [...lines].sort();

/**
 * Every finding is a real problem; nothing set correctly through sub-resources or variables is flagged: the
 * logs bucket's versioning, encryption and public access block, its role as the assets bucket's log target, the
 * RDP rule open only to the 10.0.0.0/8 of a variable, the databases encrypted through `terraform.tfvars`.
 */
const expected = [
  'AWS-VPC-FLOW-LOGS main.tf:9 aws_vpc.main',
  // The logs bucket: nothing expires its old versions, and its policy lets any AWS account read it over plain HTTP.
  'AWS-S3-LIFECYCLE main.tf:25 aws_s3_bucket.logs',
  'AWS-S3-NONCURRENT-EXPIRATION main.tf:25 aws_s3_bucket.logs',
  'AWS-S3-INCOMPLETE-MULTIPART main.tf:25 aws_s3_bucket.logs',
  'AWS-S3-PUBLIC-POLICY main.tf:107 aws_s3_bucket.logs',
  'AWS-S3-TLS-ONLY main.tf:120 aws_s3_bucket.logs',
  'AWS-EC2-SG-OPEN-ADMIN-PORTS main.tf:84 aws_security_group_rule.ssh',
  // `count = var.replicas` is 2 with the tfvars: both databases keep RDS's defaults.
  ...['aws_db_instance.orders[0]', 'aws_db_instance.orders[1]'].flatMap((address) => [
    `AWS-RDS-BACKUP-RETENTION main.tf:95 ${address}`,
    `AWS-RDS-DELETION-PROTECTION main.tf:95 ${address}`,
    `AWS-RDS-MULTI-AZ main.tf:95 ${address}`,
    `AWS-RDS-PERFORMANCE-INSIGHTS main.tf:95 ${address}`,
    `AWS-RDS-ENHANCED-MONITORING main.tf:95 ${address}`,
    `AWS-RDS-IAM-AUTH main.tf:95 ${address}`,
    `AWS-RDS-DEFAULT-PORT main.tf:95 ${address}`,
    `AWS-RDS-STORAGE-AUTOSCALING main.tf:95 ${address}`,
  ]),
  // The assets bucket of the module: `versioning = false` passed in turns the module's status to Suspended.
  'AWS-S3-LIFECYCLE modules/bucket/main.tf:14 module.assets.aws_s3_bucket.this',
  'AWS-S3-INCOMPLETE-MULTIPART modules/bucket/main.tf:14 module.assets.aws_s3_bucket.this',
  'AWS-S3-PUBLIC-ACCESS-BLOCK modules/bucket/main.tf:14 module.assets.aws_s3_bucket.this',
  'AWS-S3-TLS-ONLY modules/bucket/main.tf:14 module.assets.aws_s3_bucket.this',
  'AWS-S3-VERSIONING modules/bucket/main.tf:21 module.assets.aws_s3_bucket.this',
  // The "edge" subnet is passed `public = true`: every instance launched into it gets a public address.
  'AWS-VPC-SUBNET-PUBLIC-IP modules/network/main.tf:21 module.network["edge"].aws_subnet.this',
];

describe('the Terraform fixture project', () => {
  it('gets exactly the findings a reviewer would raise, at the lines to change', () => {
    const report = checkSources(configuration);
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toMatchObject({ files: 6, checked: 6, errors: 0 });
    expect(sorted(report.findings.map(located))).toEqual(sorted(expected));
  });

  it('gets the same findings from its plan JSON, pointing into the plan', () => {
    const report = checkSources(plan);
    expect(report.diagnostics).toEqual([]);
    expect(sorted(report.findings.map(addressed))).toEqual(sorted(expected.map((line) => line.replace(/ \S+:\d+ /, ' '))));
    expect(new Set(report.findings.map((finding) => finding.file))).toEqual(new Set(['plan.json']));
  });

  it('checks a plan beside its configuration on its own, so each reading keeps its own findings', () => {
    const report = checkSources(files);
    expect(report.diagnostics).toEqual([]);
    expect(sorted(report.findings.map(addressed))).toEqual(sorted([...expected, ...expected].map((line) => line.replace(/ \S+:\d+ /, ' '))));
  });

  it('takes --var over terraform.tfvars: unencrypted databases are flagged, both of them', () => {
    const report = checkSources(configuration, { params: { db_encrypted: 'false' } });
    expect(sorted(report.findings.map(located))).toEqual(sorted([...expected, 'AWS-RDS-ENCRYPTION main.tf:101 aws_db_instance.orders[0]', 'AWS-RDS-ENCRYPTION main.tf:101 aws_db_instance.orders[1]']));
  });
});
