import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { argument, loadParser, plain, readFiles, resourceAt, where } from './testing.ts';
import { modulePathOf } from './plan.ts';

beforeAll(loadParser);

const real = readFileSync(new URL('./fixtures/plan/plan.json', import.meta.url), 'utf8');
/** The plan of `fixtures/project` with its `terraform.tfvars`, hand-written in the structure Terraform prints. */
const projectPlan = readFileSync(new URL('./fixtures/project/plan.json', import.meta.url), 'utf8');

/** A plan of one root resource: its planned values, what is unknown, and the expressions of its configuration. */
function planOf(type: string, values: object, afterUnknown: object, expressions: object | undefined): string {
  const resource = { address: `${type}.this`, mode: 'managed', type, name: 'this' };
  return JSON.stringify(
    {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ ...resource, values }] } },
      resource_changes: [{ address: resource.address, change: { after_unknown: afterUnknown } }],
      configuration: { root_module: { resources: [expressions ? { ...resource, expressions } : resource] } },
    },
    null,
    2,
  );
}

describe('plan JSON', () => {
  it("reads the planned resources of every module with Terraform's addresses", () => {
    const project = readFiles({ 'plan.json': real });
    expect(project.diagnostics).toEqual([]);
    expect(project.resources.map((resource) => [resource.address, resource.modulePath])).toEqual([
      ['terraform_data.bucket[0]', []],
      ['terraform_data.bucket[1]', []],
      ['terraform_data.sub', []],
      ['terraform_data.uses_module', []],
      ['module.child.terraform_data.this["a"]', ['child']],
    ]);
  });

  it('takes exact values from planned_values, with positions in the JSON and nested objects in lists as blocks', () => {
    const project = readFiles({ 'plan.json': real });
    const bucket = resourceAt(project, 'terraform_data.bucket[1]');
    expect(plain(argument(bucket, 'input'))).toEqual({ name: 'logs-dev-1', rules: [{ port: 22 }, { port: 443 }], tags: { Env: 'dev' } });
    expect(argument(bucket, 'input', 'rules', 0)).toMatchObject({ kind: 'map', block: true });
    const line = real.split('\n').findIndex((text) => text.includes('"logs-dev-1"')) + 1;
    expect(where(bucket.file, argument(bucket, 'input', 'name'))).toBe(`${line}:23`);
    expect(bucket.file.text.slice(bucket.start, bucket.headerEnd)).toBe('"address": "terraform_data.bucket[1]"');
    expect(argument(bucket, 'triggers_replace')).toBeUndefined();
  });

  it('keeps what after_unknown marks unknown, as a reference when the configuration names one resource', () => {
    const project = readFiles({ 'plan.json': real });
    expect(plain(argument(resourceAt(project, 'terraform_data.sub'), 'input'))).toBe('<ref terraform_data.bucket[0].id>');
    expect(plain(argument(resourceAt(project, 'terraform_data.uses_module'), 'input'))).toBe('<ref module.child.terraform_data.this["a"].id>');
  });

  it('follows after_unknown into nested blocks and links a sub-resource to its bucket', () => {
    const resource = { address: 'aws_s3_bucket_server_side_encryption_configuration.logs', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'logs' };
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              ...resource,
              values: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: null }] },
            },
          ],
        },
      },
      resource_changes: [
        {
          address: resource.address,
          change: { after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] } },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            {
              ...resource,
              expressions: {
                bucket: { references: ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'] },
                rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.logs.arn', 'aws_kms_key.logs'] } }] }],
              },
            },
          ],
        },
      },
    };
    const project = readFiles({ 'plan.json': JSON.stringify(plan, null, 2) });
    expect(plain(resourceAt(project, 'aws_s3_bucket_server_side_encryption_configuration.logs').body)).toEqual({
      expected_bucket_owner: null,
      bucket: '<ref aws_s3_bucket.logs.id>',
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '<ref aws_kms_key.logs.arn>' }], bucket_key_enabled: null }],
    });
  });

  it('reads an Optional+Computed argument the configuration leaves out as not set, as the .tf files do', () => {
    const project = readFiles({ 'plan.json': projectPlan });
    expect(project.diagnostics).toEqual([]);
    const database = resourceAt(project, 'aws_db_instance.orders[0]');
    // The provider marks these unknown; RDS picks them when the argument is absent, as it does for HCL.
    for (const name of ['backup_retention_period', 'multi_az', 'storage_type', 'id', 'arn']) expect(argument(database, name), name).toBeUndefined();
    expect(argument(database, 'deletion_protection')).toBeUndefined();
    expect(plain(argument(database, 'storage_encrypted'))).toBe(true);
    expect(plain(argument(database, 'performance_insights_enabled'))).toBe(false);
    const bucket = resourceAt(project, 'module.assets.aws_s3_bucket.this');
    for (const name of ['versioning', 'logging', 'policy', 'acl', 'server_side_encryption_configuration']) expect(argument(bucket, name), name).toBeUndefined();
    expect(plain(argument(resourceAt(project, 'aws_s3_bucket_versioning.logs'), 'versioning_configuration'))).toEqual([{ status: 'Enabled' }]);
  });

  it('keeps unknown an argument written as an expression known only after apply', () => {
    const references = { references: ['aws_ssm_parameter.a.value', 'aws_ssm_parameter.a', 'aws_ssm_parameter.b.value', 'aws_ssm_parameter.b'] };
    const project = readFiles({
      'plan.json': planOf(
        'aws_db_instance',
        { instance_class: 'db.t4g.micro' },
        { multi_az: true, backup_retention_period: true },
        { multi_az: references, instance_class: { constant_value: 'db.t4g.micro' } },
      ),
    });
    const database = resourceAt(project, 'aws_db_instance.this');
    expect(argument(database, 'multi_az')).toMatchObject({ kind: 'unknown' });
    expect(argument(database, 'backup_retention_period')).toBeUndefined();
  });

  it('keeps unknown what a resource missing from the configuration may set', () => {
    const plan = JSON.parse(planOf('aws_db_instance', {}, { multi_az: true }, undefined));
    plan.configuration.root_module.resources = [];
    expect(argument(resourceAt(readFiles({ 'plan.json': JSON.stringify(plan) }), 'aws_db_instance.this'), 'multi_az')).toMatchObject({ kind: 'unknown' });
  });

  it('keeps unknown what a dynamic block or another block of a set may have written', () => {
    const rules = [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }, { apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }];
    const unknownKey = { apply_server_side_encryption_by_default: [{ kms_master_key_id: true }], bucket_key_enabled: true };
    // A set lists its blocks in its own order: the key written in the second block may be the first one's.
    const written = [
      { apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'aws:kms' } }] },
      { apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['var.key'] } }] },
    ];
    const set = readFiles({ 'plan.json': planOf('aws_s3_bucket_server_side_encryption_configuration', { rule: rules }, { rule: [unknownKey, {}] }, { rule: written }) });
    expect(plain(argument(resourceAt(set, 'aws_s3_bucket_server_side_encryption_configuration.this'), 'rule', 0))).toEqual({
      apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '<unknown>' }],
    });
    // Terraform leaves dynamic blocks out of `configuration`: what is unknown inside them stays unknown.
    const dynamic = readFiles({ 'plan.json': planOf('aws_s3_bucket_server_side_encryption_configuration', { rule: rules }, { rule: [unknownKey, unknownKey] }, {}) });
    expect(plain(argument(resourceAt(dynamic, 'aws_s3_bucket_server_side_encryption_configuration.this'), 'rule', 1))).toEqual({
      apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '<unknown>' }],
      bucket_key_enabled: '<unknown>',
    });
  });

  it('follows a module variable to the resource the module call passes in', () => {
    const project = readFiles({ 'plan.json': projectPlan });
    expect(plain(argument(resourceAt(project, 'module.assets.aws_s3_bucket_logging.this'), 'target_bucket'))).toBe('<ref aws_s3_bucket.logs.id>');
    expect(plain(argument(resourceAt(project, 'module.assets.aws_s3_bucket_logging.this'), 'bucket'))).toBe('<ref module.assets.aws_s3_bucket.this.id>');
    // A call with `for_each` passes the same expression to every instance unless it reads `each`.
    expect(plain(argument(resourceAt(project, 'module.network["edge"].aws_subnet.this'), 'vpc_id'))).toBe('<ref aws_vpc.main.id>');
    expect(plain(argument(resourceAt(project, 'aws_db_instance.orders[1]'), 'db_subnet_group_name'))).toBe('shop-prod-app');
  });

  it('refuses JSON that is not a plan with a diagnostic', () => {
    const project = readFiles({ 'state.json': '{"format_version": "1.0", "values": {}, "planned_values": null}' });
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'terraform-plan', file: 'state.json' })]);
  });

  it('splits module addresses into the path of calls', () => {
    expect(modulePathOf('module.net["a.b"].module.db[0]')).toEqual(['net["a.b"]', 'db[0]']);
  });
});
