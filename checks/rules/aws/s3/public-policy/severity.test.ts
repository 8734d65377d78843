/** A public policy that Block Public Access refuses (on by default since April 2023) is reported as such, at low severity. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../../../terraform/testing.ts';
import { messagesOn } from '../../../../../test/fixtures/rule-findings.ts';
import rule from './rule.ts';

const findings = (name: string) => messagesOn(rule, new URL(name, import.meta.url));

describe('AWS-S3-PUBLIC-POLICY and the defaults of new buckets', () => {
  beforeAll(loadParser);

  it('is critical only where the template turns BlockPublicPolicy off (CloudFormation)', () => {
    expect(findings('fail.yaml')).toEqual(['Assets refused low', 'Assets refused low', 'Website allows critical']);
  });

  it('is critical only where the template turns block_public_policy off (Terraform)', () => {
    expect(findings('fail.tf')).toEqual(['assets refused low', 'assets refused low', 'downloads refused low', 'website allows critical']);
  });
});
