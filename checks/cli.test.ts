import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli as run, workspace } from '../test/fixtures/cli.ts';
import { openSshTemplate, openSshWithDatabaseTemplate } from '../test/fixtures/templates.ts';

// Each test starts the CLI from source a few times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const openSsh = openSshTemplate;

describe('plumbline check', () => {
  it('exits 1 with findings at or above the threshold and 0 below it', () => {
    const dir = workspace({ 'stack.yaml': openSsh });
    expect(run(['check', 'stack.yaml'], { cwd: dir }).status).toBe(1);
    expect(run(['check', 'stack.yaml', '--fail-on', 'critical'], { cwd: dir }).status).toBe(1);
    expect(run(['check', 'stack.yaml', '--fail-on', 'none'], { cwd: dir }).status).toBe(0);
  });

  it('prints the finding at the line of the offending value', () => {
    const dir = workspace({ 'stack.yaml': openSsh });
    const { stdout } = run(['check', 'stack.yaml'], { cwd: dir });
    expect(stdout).toContain('stack.yaml:11:19');
    expect(stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
  });

  it('walks directories, skips files that are not templates and says why', () => {
    const dir = workspace({ 'infra/a.yaml': openSsh, 'infra/nested/b.json': '{"name": "package"}', 'infra/readme.md': '# hi' });
    const { stdout, status } = run(['check', 'infra', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(status).toBe(1);
    expect(report.files.map((file: { path: string; status: string }) => `${file.path} ${file.status}`)).toEqual(['infra/a.yaml checked', 'infra/nested/b.json skipped']);
    expect(report.diagnostics[0].message).toMatch(/not a CloudFormation template/);
  });

  it('reads a folder that mixes CloudFormation, Terraform, Kubernetes and Compose, each in its own format', () => {
    const dir = workspace({
      'mixed/stack.yaml': openSsh,
      'mixed/main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
      'mixed/k8s/web.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n',
      'mixed/compose.yaml': 'services:\n  web:\n    image: web:1\n',
      'mixed/values.yaml': 'services:\n  web:\n    port: 80\n',
    });
    const { stdout } = run(['check', 'mixed', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(
      report.files.map((file: { path: string; status: string; format?: string; resources?: number }) => `${file.path} ${file.status} ${file.format ?? '-'} ${file.resources ?? '-'}`).sort(),
    ).toEqual([
      'mixed/compose.yaml checked compose 1',
      'mixed/k8s/web.yaml checked kubernetes 2',
      'mixed/main.tf checked terraform 1',
      'mixed/stack.yaml checked cloudformation 1',
      'mixed/values.yaml skipped - -',
    ]);
  });

  it('reads Kubernetes manifests piped from helm template or kubectl kustomize', () => {
    const rendered = '---\n# Source: chart/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n---\n# Source: chart/templates/empty.yaml\n';
    const { stdout, status } = run(['check', '-', '--format', 'json', '--fail-on', 'none'], { input: rendered });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).files).toMatchObject([{ path: '<stdin>', status: 'checked', format: 'kubernetes', resources: 1 }]);
  });

  it('reads a template from standard input', () => {
    const { stdout, status } = run(['check', '-', '--format', 'json'], { input: openSsh });
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings[0].file).toBe('<stdin>');
  });

  it.each(['sarif', 'markdown', 'junit', 'json'])('writes %s to --output', (format) => {
    const dir = workspace({ 'stack.yaml': openSsh });
    run(['check', 'stack.yaml', '--format', format, '--output', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out'), 'utf8').length).toBeGreaterThan(100);
  });

  it('applies --param values', () => {
    const template = openSsh.replace('CidrIp: 0.0.0.0/0', 'CidrIp: !Ref Cidr').replace('Resources:', 'Parameters:\n  Cidr:\n    Type: String\nResources:');
    const dir = workspace({ 'stack.yaml': template });
    expect(run(['check', 'stack.yaml'], { cwd: dir }).status).toBe(0);
    expect(run(['check', 'stack.yaml', '--param', 'Cidr=0.0.0.0/0'], { cwd: dir }).status).toBe(1);
  });

  it('exits 2 on unparseable input, naming file, line and column, and still checks the rest', () => {
    const dir = workspace({ 'bad.yaml': 'Resources:\n  A: [\n', 'good.yaml': openSsh });
    const { stdout, stderr, status } = run(['check', 'bad.yaml', 'good.yaml'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^bad\.yaml:\d+:\d+: error: invalid YAML/m);
    expect(stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
  });

  it('masks secrets in the source lines it prints, and prints them as written with --show-secrets', () => {
    const dir = workspace({ 'db.yaml': openSshWithDatabaseTemplate });
    const masked = run(['check', 'db.yaml'], { cwd: dir });
    expect(masked.stdout).toContain('AWS-RDS-PLAINTEXT-PASSWORD');
    expect(masked.stdout).toContain('MasterUserPassword: █████████████████████');
    expect(masked.stdout).not.toContain('hunter2-is-not-secret');
    expect(run(['check', 'db.yaml', '--show-secrets'], { cwd: dir }).stdout).toContain('MasterUserPassword: hunter2-is-not-secret');
  });

  it('exits 2 on a file of random bytes, naming the file and what is wrong, instead of passing it as clean', () => {
    const noise = Uint8Array.from({ length: 512 }, (_, index) => (index * 97 + 13) % 256);
    const dir = workspace({ 'noise.yaml': noise, 'good.yaml': openSsh });
    const { stderr, status } = run(['check', 'noise.yaml', 'good.yaml', '--fail-on', 'none'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^noise\.yaml: error: this is a binary file/m);
  });

  it.each([
    ['little', 'utf-16le', [0xff, 0xfe]],
    ['big', 'utf-16be', [0xfe, 0xff]],
  ] as const)('reads a %s-endian UTF-16 template with a byte-order mark', (_, encoding, bom) => {
    const units = Buffer.from(openSsh, 'utf16le');
    if (encoding === 'utf-16be') units.swap16();
    const dir = workspace({ 'stack.yaml': new Uint8Array([...bom, ...units]) });
    const { stdout, status } = run(['check', 'stack.yaml'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toContain('stack.yaml:11:19');
    expect(stdout).toContain('> 11 |           CidrIp: 0.0.0.0/0');
  });

  it('exits 2 on UTF-16 text without a byte-order mark, saying how to save it', () => {
    const dir = workspace({ 'stack.yaml': new Uint8Array(Buffer.from(openSsh, 'utf16le')) });
    const { stderr, status } = run(['check', 'stack.yaml'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^stack\.yaml: error: .*UTF-16 .*without a byte-order mark.*save it as UTF-8/m);
  });

  it('checks a nested stack of the same folder with the parameters its parent passes, naming both', () => {
    const fixture = (name: string) => readFileSync(new URL(`./cloudformation/fixtures/nested/${name}`, import.meta.url), 'utf8');
    const dir = workspace({ 'infra/main.yaml': fixture('main.yaml'), 'infra/network.yaml': fixture('network.yaml'), 'infra/internal.yaml': fixture('internal.yaml') });
    const { stdout, stderr, status } = run(['check', 'infra', '--format', 'json', '--fail-on', 'high'], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(status).toBe(1);
    const open = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(open.map((finding: { file: string; line: number; resource: { address: string } }) => `${finding.resource.address} ${finding.file}:${finding.line}`)).toEqual([
      'Network(infra/main.yaml)/AWS::EC2::SecurityGroup.AdminGroup infra/network.yaml:16',
    ]);
    expect(stderr).toContain('infra/main.yaml:17:20: warning: nested stack Storage');
  });

  it('exits 2 on a second YAML document instead of passing what it holds unread', () => {
    const dir = workspace({ 'stack.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n---\n${openSsh}` });
    const { stderr, status } = run(['check', 'stack.yaml'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^stack\.yaml:3:1: error: this file holds more than one YAML document; CloudFormation reads one template per file$/m);
  });

  it('draws the caret under the value on line 1 of a file that starts with a UTF-8 byte-order mark', () => {
    const oneLine =
      '{"Resources": {"Bastion": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "b", "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}]}}}}';
    const dir = workspace({ 'stack.json': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(oneLine)]) });
    const lines = run(['check', 'stack.json'], { cwd: dir }).stdout.split('\n');
    const excerpt = lines.findIndex((line) => line.includes('> 1 | ') && line.includes('"0.0.0.0/0"'));
    expect(excerpt).toBeGreaterThan(-1);
    expect(lines[excerpt]).not.toContain('\uFEFF');
    expect(lines[excerpt + 1]!.indexOf('^')).toBe(lines[excerpt]!.indexOf('"0.0.0.0/0"'));
  });

  it('writes the text and Markdown reports in Chinese with --language zh-cn', () => {
    const dir = workspace({ 'stack.yaml': openSsh });
    const text = run(['check', 'stack.yaml', '--language', 'zh-cn'], { cwd: dir }).stdout;
    expect(text).toContain('SSH (22) 向 0.0.0.0/0 开放');
    expect(text).toMatch(/^共 \d+ 个问题（严重 1、/m);
    const markdown = run(['check', 'stack.yaml', '--language', 'zh-cn', '--format', 'markdown'], { cwd: dir }).stdout;
    expect(markdown).toContain('## Plumbline 架构评审');
    expect(markdown).toContain('| 🔴 严重 | [AWS-EC2-SG-OPEN-ADMIN-PORTS]');
  });

  it('shows suppressions carried over from other tools with the tool and reason, in text and JSON', () => {
    const stack = `Resources:
  Logs:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W35
            reason: Logs bucket; logging it to itself would loop
          - id: W51
            reason: no policy needed
    Properties:
      BucketName: logs
`;
    const dir = workspace({ 'stack.yaml': stack, 'main.tf': 'resource "aws_s3_bucket" "logs" {\n  #checkov:skip=CKV_AWS_21:Written once\n  bucket = "logs"\n}\n' });
    const text = run(['check', 'stack.yaml', 'main.tf'], { cwd: dir });
    expect(text.stdout).toMatch(/^Suppressed$/m);
    expect(text.stdout).toContain('suppressed by cfn_nag rules_to_suppress: Logs bucket; logging it to itself would loop');
    expect(text.stdout).toContain('suppressed by checkov:skip: Written once');
    expect(text.stderr).toContain('stack.yaml: info: 1 suppression written for another tool matches no Plumbline rule and suppresses nothing: cfn_nag rules_to_suppress W51 (stack.yaml:9)');
    const report = JSON.parse(run(['check', 'stack.yaml', 'main.tf', '--format', 'json'], { cwd: dir }).stdout);
    const suppressed = report.findings
      .filter((finding: { suppressed?: unknown }) => finding.suppressed)
      .map((finding: { ruleId: string; suppressed: unknown }) => [finding.ruleId, finding.suppressed]);
    expect(suppressed).toEqual([
      ['AWS-S3-ACCESS-LOGGING', { reason: 'Logs bucket; logging it to itself would loop', source: 'metadata', tool: 'cfn_nag', peerId: 'W35' }],
      ['AWS-S3-VERSIONING', { reason: 'Written once', source: 'comment', tool: 'checkov', peerId: 'CKV_AWS_21' }],
    ]);
  });

  it('exits 2 with usage help on bad arguments', () => {
    expect(run(['check']).status).toBe(2);
    expect(run(['check', 'x.yaml', '--format', 'pdf']).stderr).toMatch(/unknown --format "pdf"/);
    expect(run(['check', 'x.yaml', '--language', 'fr']).stderr).toMatch(/unknown --language "fr"; use en or zh-cn/);
    expect(run(['frobnicate']).status).toBe(2);
  });
});

describe('plumbline baseline', () => {
  it('accepts current findings so only new ones fail', () => {
    const dir = workspace({ 'stack.yaml': openSsh });
    expect(run(['baseline', 'stack.yaml'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, '.plumbline.yml'), 'utf8')).toContain('AWS::EC2::SecurityGroup.Bastion');
    expect(run(['check', 'stack.yaml'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'stack.yaml'), openSsh.replace('Bastion:', 'Jump:'));
    expect(run(['check', 'stack.yaml'], { cwd: dir }).status).toBe(1);
  });

  it('rejects a config file with an invalid entry, naming the field', () => {
    const dir = workspace({ 'stack.yaml': openSsh, '.plumbline.yml': 'ignore:\n  - rule: X\n' });
    const { status, stderr } = run(['check', 'stack.yaml'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/\.plumbline\.yml: ignore\.0\.reason/);
  });
});

describe('plumbline rules and explain', () => {
  it('lists every rule with metadata, formats, resource types and equivalents', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json']).stdout);
    const sg = rules.find((rule: { id: string }) => rule.id === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(sg).toMatchObject({ pillar: 'security', severity: 'critical', formats: ['cloudformation', 'terraform'], equivalents: { checkov: ['CKV_AWS_24', 'CKV_AWS_25'] } });
    expect(sg.resourceTypes.cloudformation).toContain('AWS::EC2::SecurityGroupIngress');
    expect(sg.resourceTypes.terraform).toContain('aws_vpc_security_group_ingress_rule');
  });

  it('explains a rule', () => {
    const { stdout, status } = run(['explain', 'AWS-EC2-SG-OPEN-ADMIN-PORTS']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Guide: https:\/\/plumbline\.dev\/guides\/restrict-network-ingress\//);
    expect(run(['explain', 'NOPE']).status).toBe(2);
  });
});
