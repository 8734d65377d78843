import { beforeAll, describe, expect, it } from 'vitest';
import { findingText } from '../report/finding-text.ts';
import { renderSarif } from '../report/sarif.ts';
import { allRules } from '../rules/index.ts';
import { loadParser } from '../terraform/testing.ts';
import { checkSources } from './check.ts';

const adminPorts = allRules.filter((rule) => rule.id === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
const options = { rules: adminPorts, today: '2026-11-25' };

const template = (cidr: string, parameter = '') => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  SshCidr:
    Type: String
    Default: 0.0.0.0/0${parameter}
Resources:
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: ${cidr}
`;
const cfn = (text: string, params?: Record<string, string>) => checkSources([{ path: 'template.yaml', content: text }], { ...options, ...(params ? { params } : {}) }).findings;

describe('a value from a parameter default', () => {
  it('says the value is the default of the parameter, and where the default is, keeping the position on the property', () => {
    const [finding] = cfn(template('!Ref SshCidr'));
    expect(finding).toMatchObject({ line: 15, fromDefault: { kind: 'parameter', name: 'SshCidr', value: '0.0.0.0/0', file: 'template.yaml', line: 5 } });
    expect(finding!.message).toBe('SSH (22) open to 0.0.0.0/0 (the default of parameter SshCidr is 0.0.0.0/0, line 5)');
    expect(findingText(finding!, 'zh-cn').message).toMatch(/（参数 SshCidr 的默认值为 0\.0\.0\.0\/0，第 5 行）$/);
  });

  it('follows the default through Fn::Sub', () => {
    const [finding] = cfn(template('!Sub "${SshCidr}"'));
    expect(finding?.fromDefault).toMatchObject({ name: 'SshCidr', value: '0.0.0.0/0' });
  });

  it('has no note for a value given with --param, nor for a literal', () => {
    const [given] = cfn(template('!Ref SshCidr'), { SshCidr: '0.0.0.0/0' });
    expect(given).toBeDefined();
    expect(given!.fromDefault).toBeUndefined();
    expect(given!.message).toBe('SSH (22) open to 0.0.0.0/0');
    expect(cfn(template('0.0.0.0/0'))[0]!.fromDefault).toBeUndefined();
  });

  it('never repeats the default of a NoEcho parameter', () => {
    const [finding] = cfn(template('!Ref SshCidr', '\n    NoEcho: true'));
    expect(finding!.fromDefault).toEqual({ kind: 'parameter', name: 'SshCidr', file: 'template.yaml', line: 5 });
    expect(finding!.message).toBe('SSH (22) open to 0.0.0.0/0 (from the default of parameter SshCidr, line 5)');
  });

  it('never repeats a default that may be a secret: a secret-named parameter or property', () => {
    const text = `Parameters:
  DbPassword:
    Type: String
    Default: change-me
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      MasterUsername: admin
      MasterUserPassword: !Ref DbPassword
`;
    const rules = allRules.filter((rule) => rule.id === 'AWS-RDS-PLAINTEXT-PASSWORD');
    const [finding] = checkSources([{ path: 'template.yaml', content: text }], { rules, today: '2026-11-25' }).findings;
    expect(finding!.fromDefault).toEqual({ kind: 'parameter', name: 'DbPassword', file: 'template.yaml', line: 4 });
    expect(finding!.message).not.toContain('change-me');
    expect(finding!.message).toMatch(/\(from the default of parameter DbPassword, line 4\)$/);
  });

  it('points SARIF readers at the default', () => {
    const sarif = JSON.parse(renderSarif(checkSources([{ path: 'template.yaml', content: template('!Ref SshCidr') }], options), adminPorts)) as {
      runs: { results: { relatedLocations?: unknown[]; properties: Record<string, unknown> }[] }[];
    };
    const [result] = sarif.runs[0]!.results;
    expect(result!.properties['fromDefault']).toMatchObject({ name: 'SshCidr', line: 5 });
    expect(result!.relatedLocations).toHaveLength(1);
  });
});

const variables = `variable "ssh_cidr" {
  type    = string
  default = "0.0.0.0/0"
}
`;
const main = `resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = [var.ssh_cidr]
  }
}
`;
const tf = (extra: { path: string; content: string }[] = []) => checkSources([{ path: 'variables.tf', content: variables }, { path: 'main.tf', content: main }, ...extra], options).findings;

describe('a value from a variable default', () => {
  beforeAll(loadParser);

  it('says the value is the default of the variable, naming the file it is declared in', () => {
    const [finding] = tf();
    expect(finding).toMatchObject({ file: 'main.tf', line: 7, fromDefault: { kind: 'variable', name: 'ssh_cidr', value: '0.0.0.0/0', file: 'variables.tf', line: 3 } });
    expect(finding!.message).toBe('SSH (22) open to 0.0.0.0/0 (the default of variable ssh_cidr is 0.0.0.0/0, line 3 of variables.tf)');
    expect(findingText(finding!, 'zh-cn').message).toMatch(/（变量 ssh_cidr 的默认值为 0\.0\.0\.0\/0，variables\.tf 第 3 行）$/);
  });

  it('has no note for a value set in terraform.tfvars', () => {
    const [finding] = tf([{ path: 'terraform.tfvars', content: 'ssh_cidr = "0.0.0.0/0"\n' }]);
    expect(finding).toBeDefined();
    expect(finding!.fromDefault).toBeUndefined();
  });
});
