/**
 * The acceptance for containers: a hardened and a careless Deployment in one manifest are judged at the
 * right lines, and one careless container gets the same container findings whether it is a Compose service or
 * an ECS task definition in CloudFormation or Terraform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, prepareTerraform } from '../../checks/index.ts';
import { loadTerraformWasmFromNode } from '../../checks/node.ts';
import { expectedFindings } from '../fixtures/expectations.ts';

await prepareTerraform(loadTerraformWasmFromNode);
const fixtures = join(import.meta.dirname, '../fixtures/containers');
const read = (name: string) => ({ path: `test/fixtures/containers/${name}`, content: readFileSync(join(fixtures, name), 'utf8') });

describe('a hardened and a careless Deployment', () => {
  const input = read('deployments.yaml');
  const report = checkSources([input], { today: '2026-12-05' });

  it('is read as Kubernetes without errors', () => {
    expect(report.files[0]).toMatchObject({ status: 'checked', format: 'kubernetes', resources: 4 });
    expect(report.diagnostics).toEqual([]);
  });

  it('gives the hardened Deployment and its neighbours no finding', () => {
    expect(report.findings.filter((finding) => !finding.resource.address.endsWith('.careless')).map((finding) => `${finding.ruleId} ${finding.resource.address}`)).toEqual([]);
  });

  it('gives the careless Deployment every expected finding, each at its line', () => {
    const actual = report.findings.map((finding) => `${finding.line} ${finding.ruleId}`).sort();
    expect(actual).toEqual(expectedFindings(input.content));
    expect(new Set(report.findings.map((finding) => finding.resource.address))).toEqual(new Set(['Deployment.default.careless']));
  });
});

describe('one careless container in three formats', () => {
  const containerFindings = (name: string) => {
    const report = checkSources([read(name)], { today: '2026-12-05' });
    expect(report.files[0]?.status).toBe('checked');
    return [...new Set(report.findings.filter((finding) => finding.ruleId.startsWith('CONTAINER-')).map((finding) => finding.ruleId))].sort();
  };
  const compose = containerFindings('careless-compose.yaml');
  const cloudFormation = containerFindings('careless-task.yaml');
  const terraform = containerFindings('careless-task.tf');

  it('gets every container finding as a Compose service', () => {
    expect(compose).toEqual([
      'CONTAINER-ADDED-CAPABILITIES',
      'CONTAINER-CAPABILITIES-NOT-DROPPED',
      'CONTAINER-DATABASE-PORT-PUBLISHED',
      'CONTAINER-HOST-IPC',
      'CONTAINER-HOST-PID',
      'CONTAINER-IMAGE-LATEST',
      'CONTAINER-IMAGE-NOT-PINNED',
      'CONTAINER-NO-HEALTH-CHECK',
      'CONTAINER-NO-MEMORY-LIMIT',
      'CONTAINER-PRIVILEGE-ESCALATION',
      'CONTAINER-PRIVILEGED',
      'CONTAINER-RUNS-AS-ROOT',
      'CONTAINER-SECRET-IN-ENV',
      'CONTAINER-SENSITIVE-HOST-PATH',
      'CONTAINER-WRITABLE-ROOT-FS',
    ]);
  });

  it('gets the same findings as an ECS task definition, but for the setting ECS does not have', () => {
    // ECS has no no-new-privileges switch, so privilege escalation cannot be judged there.
    const expressible = compose.filter((id) => id !== 'CONTAINER-PRIVILEGE-ESCALATION');
    expect(cloudFormation).toEqual(expressible);
    expect(terraform).toEqual(expressible);
  });
});
