/** What S3 refuses since April 2023 (ACLs disabled, Block Public Access on) is reported as such, at low severity. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../../../terraform/testing.ts';
import { messagesOn } from '../../../../../test/fixtures/rule-findings.ts';
import rule from './rule.ts';

const findings = (name: string) => messagesOn(rule, new URL(name, import.meta.url));

describe('AWS-S3-PUBLIC-ACL and the defaults of new buckets', () => {
  beforeAll(loadParser);

  it('is critical only where the template turns ACLs on and Block Public Access off (CloudFormation)', () => {
    expect(findings('fail.yaml')).toEqual(['Website aclsDisabled low', 'Downloads aclsDisabled low', 'OpenShare publicAcl critical', 'HalfOpen blocked low']);
  });

  it('is critical only where the template turns ACLs on and Block Public Access off (Terraform)', () => {
    expect(findings('fail.tf')).toEqual(['website aclsDisabled low', 'dropbox aclsDisabled low', 'partners aclsDisabled low', 'share publicAcl critical']);
  });
});
