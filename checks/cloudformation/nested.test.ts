import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources, type SourceInput } from '../engine/check.ts';
import { allRules } from '../rules/index.ts';
import { resolveRelative } from './nested.ts';

const rules = allRules.filter((rule) => rule.id === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
const fixture = (name: string): SourceInput => ({ path: `infra/${name}`, content: readFileSync(new URL(`./fixtures/nested/${name}`, import.meta.url), 'utf8') });
const check = (inputs: SourceInput[], params: Record<string, string> = {}) => checkSources(inputs, { rules, params, today: '2026-12-05' });
const located = (report: ReturnType<typeof check>) => report.findings.map((finding) => `${finding.resource.address} ${finding.file}:${finding.line}:${finding.column}`);

const parent = (name: string, url: string, extra = '') => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ${name}:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ${url}${extra}
`;

describe('nested stacks in the same check', () => {
  it('checks the child with the parameters its parent passes, naming the stack and its parent in the address', () => {
    const report = check([fixture('main.yaml'), fixture('network.yaml')]);
    expect(located(report)).toEqual(['Network(infra/main.yaml)/AWS::EC2::SecurityGroup.AdminGroup infra/network.yaml:16:19']);
    expect(report.findings[0]!.message).toMatch(/0\.0\.0\.0\/0/);
  });

  it('follows --param into the child through the parent', () => {
    expect(check([fixture('main.yaml'), fixture('network.yaml')], { AdminCidr: '10.1.0.0/16' }).findings).toEqual([]);
  });

  it('checks a child used by two parents once per parent, each with its own parameters, and lists its file once', () => {
    const report = check([fixture('main.yaml'), fixture('network.yaml'), fixture('internal.yaml')]);
    expect(located(report)).toEqual(['Network(infra/main.yaml)/AWS::EC2::SecurityGroup.AdminGroup infra/network.yaml:16:19']);
    expect(report.files.map((file) => `${file.path} ${file.status} ${file.resources}`)).toEqual(['infra/main.yaml checked 2', 'infra/network.yaml checked 1', 'infra/internal.yaml checked 1']);
  });

  it('does not check a child alone with its defaults when a parent checks it', () => {
    const open = readFileSync(new URL('./fixtures/nested/network.yaml', import.meta.url), 'utf8').replace('Default: 10.0.0.0/8', 'Default: 0.0.0.0/0');
    const report = check([fixture('internal.yaml'), { path: 'infra/network.yaml', content: open }]);
    expect(report.findings).toEqual([]);
    expect(check([{ path: 'infra/network.yaml', content: open }]).findings).toHaveLength(1);
  });

  it('warns at the parent line when the child template is not among the files checked', () => {
    const report = check([fixture('main.yaml'), fixture('network.yaml')]);
    expect(report.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'nested-stack-missing',
        message: 'nested stack Storage: its template infra/storage/missing.yaml is not among the files checked, so its resources were not checked',
        file: 'infra/main.yaml',
        line: 17,
        column: 20,
      },
    ]);
  });

  it('treats a value the parent knows only at deploy time as unknown in the child, not as the child default', () => {
    const open = readFileSync(new URL('./fixtures/nested/network.yaml', import.meta.url), 'utf8').replace('Default: 10.0.0.0/8', 'Default: 0.0.0.0/0');
    const main = parent('Network', 'network.yaml', '\n      Parameters:\n        AdminCidr: !ImportValue company-admin-cidr');
    expect(
      check([
        { path: 'infra/main.yaml', content: main },
        { path: 'infra/network.yaml', content: open },
      ]).findings,
    ).toEqual([]);
  });

  it('refuses a cycle of stacks with a diagnostic instead of following it forever', () => {
    const report = check([
      { path: 'a.yaml', content: parent('B', 'b.yaml') },
      { path: 'b.yaml', content: parent('A', './a.yaml') },
    ]);
    expect(report.diagnostics).toMatchObject([{ level: 'error', code: 'nested-stack-cycle', file: 'b.yaml', line: 6 }]);
    expect(report.files.map((file) => file.status)).toEqual(['checked', 'checked']);
  });

  it('follows a SAM application whose Location is a local template', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Network:
    Type: AWS::Serverless::Application
    Properties:
      Location: ../infra/network.yaml
      Parameters:
        AdminCidr: 0.0.0.0/0
`;
    expect(located(check([{ path: 'sam/template.yaml', content: sam }, fixture('network.yaml')]))).toEqual(['Network(sam/template.yaml)/AWS::EC2::SecurityGroup.AdminGroup infra/network.yaml:16:19']);
  });

  it('resolves child paths against the parent folder', () => {
    expect(resolveRelative('infra/main.yaml', './net/../network.yaml')).toBe('infra/network.yaml');
    expect(resolveRelative('main.yaml', 'network.yaml')).toBe('network.yaml');
    expect(resolveRelative('/abs/main.yaml', '../x.yaml')).toBe('/x.yaml');
  });
});
