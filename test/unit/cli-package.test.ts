// The published package, as a user gets it: `npm run pack:cli`, then the tarball installed offline into an empty folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineVersion } from '../../checks/index.ts';
import { cleanTemplate, openSshTemplate } from '../fixtures/templates.ts';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'plumbline-package-'));
const project = join(work, 'project');
let bin = '';

const run = (args: string[]) => {
  const result = spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/pack-cli.ts'), '--pack-destination', work], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
  // No network: the package has no dependencies, so npm needs nothing but the tarball.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], { cwd: project, stdio: 'pipe' });
  bin = join(project, 'node_modules/.bin/plumbline');
  writeFileSync(join(work, 'failing.yaml'), openSshTemplate);
  writeFileSync(join(work, 'passing.yaml'), cleanTemplate);
  writeFileSync(join(work, 'broken.yaml'), 'Resources:\n  A: [\n');
  writeFileSync(
    join(work, 'open.tf'),
    'resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
  );
}, 60_000);

describe('the plumbline-cli package', () => {
  it('declares one bin, no dependencies, and the project version', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/plumbline-cli/package.json'), 'utf8'));
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'plumbline-cli', version: rootManifest.version, bin: { plumbline: 'plumbline.mjs' }, license: 'MIT' });
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['plumbline-cli']);
  });

  it('prints its version', () => {
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${engineVersion}\n` });
  });

  it('exits 1 on a template with findings and 0 on a clean one', () => {
    const failing = run(['check', 'failing.yaml']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(run(['check', 'passing.yaml']).status).toBe(0);
  });

  it('reads Terraform with the parser it ships, outside any node_modules of ours', () => {
    const { status, stdout } = run(['check', 'open.tf', '--format', 'json']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings.map((finding: { ruleId: string; line: number }) => `${finding.line} ${finding.ruleId}`)).toEqual(['6 AWS-EC2-SG-OPEN-ADMIN-PORTS']);
  });

  it('exits 2 on a template it cannot parse, with the position on stderr', () => {
    const { status, stderr } = run(['check', 'broken.yaml']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^broken\.yaml:\d+:\d+: error: invalid YAML/m);
  });

  it('writes JSON and SARIF that parse', () => {
    const json = run(['check', 'failing.yaml', '--format', 'json']);
    expect(JSON.parse(json.stdout).findings[0].ruleId).toBe('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    const sarif = JSON.parse(run(['check', 'failing.yaml', '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);
  });

  it('writes Markdown, JUnit and GitLab Code Quality reports', () => {
    expect(run(['check', 'failing.yaml', '--format', 'markdown']).stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(run(['check', 'failing.yaml', '--format', 'junit']).stdout).toMatch(/^<\?xml[\s\S]*<testsuites[\s\S]*AWS-EC2-SG-OPEN-ADMIN-PORTS/);
    const gitlab = JSON.parse(run(['check', 'failing.yaml', '--format', 'gitlab']).stdout);
    expect(gitlab[0]).toMatchObject({ check_name: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', location: { path: 'failing.yaml' } });
  });

  it('explains check on --help', () => {
    const { status, stdout } = run(['check', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: plumbline check/);
  });
});
