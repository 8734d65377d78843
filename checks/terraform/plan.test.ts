import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { argument, loadParser, plain, readFiles, resourceAt, where } from './testing.ts';
import { modulePathOf } from './plan.ts';

beforeAll(loadParser);

const real = readFileSync(new URL('./fixtures/plan/plan.json', import.meta.url), 'utf8');

describe('plan JSON', () => {
  it('reads the planned resources of every module with Terraform\'s addresses', () => {
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
    expect(argument(resourceAt(project, 'terraform_data.bucket[0]'), 'id')).toMatchObject({ kind: 'unknown' });
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
      id: '<unknown>',
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: '<ref aws_kms_key.logs.arn>' }], bucket_key_enabled: null }],
    });
  });

  it('refuses JSON that is not a plan with a diagnostic', () => {
    const project = readFiles({ 'state.json': '{"format_version": "1.0", "values": {}, "planned_values": null}' });
    expect(project.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'terraform-plan', file: 'state.json' })]);
  });

  it('splits module addresses into the path of calls', () => {
    expect(modulePathOf('module.net["a.b"].module.db[0]')).toEqual(['net["a.b"]', 'db[0]']);
  });
});
