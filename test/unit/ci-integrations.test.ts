// The CI integrations as they run: the GitHub Action's script, the pre-commit hook and the GitLab CI example, each on a fixture repository.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { cliPath, workspace } from '../fixtures/cli.ts';
import { cleanTemplate, openSshTemplate } from '../fixtures/templates.ts';

// Each test starts the CLI from source a few times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const root = new URL('../..', import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
/** The Node running the tests first on PATH, so the scripts' `node` runs the TypeScript CLI. */
const env = (extra: Record<string, string>) => ({ ...process.env, NO_COLOR: '1', PATH: `${dirname(process.execPath)}:${process.env['PATH']}`, PLUMBLINE_CLI: cliPath, ...extra });

/** A repository with a workflow file (YAML, not CloudFormation), a template, and whatever else a test adds. */
function repository(template: string, more: Record<string, string> = {}): string {
  return workspace({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n', 'infra/stack.yaml': template, 'README.md': '# app\n', ...more });
}

describe('the GitHub Action', () => {
  const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] };
  };
  const runAction = (repo: string, inputs: Record<string, string>) => {
    const summary = join(repo, 'summary.md');
    const output = join(repo, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const result = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: repo, encoding: 'utf8', env: env({ GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, ...inputs }) });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
  };

  it('is a composite action on Node 24 that uploads SARIF, runs the script, and pins the current release', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
    expect(action.runs.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(action.runs.steps.some((step) => step.run?.includes('scripts/ci/github-action.sh'))).toBe(true);
    expect(action.inputs['fail-on']!.default).toBe('high');
    expect(action.inputs['version']!.default).toBe(version);
  });

  it('fails on findings at or above the threshold, writing a valid SARIF file, the job summary and its outputs', () => {
    const repo = repository(openSshTemplate);
    const result = runAction(repo, { PLUMBLINE_PATHS: 'infra', PLUMBLINE_FAIL_ON: 'critical' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error title=Plumbline::findings at or above critical');
    expect(result.summary).toMatch(/^## Plumbline architecture review/);
    expect(result.summary).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(result.output).toBe('sarif-file=plumbline.sarif\nexit-code=1\n');

    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The published schema uses a pattern that is not valid under the `u` flag, so Unicode regexps are off.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(readFileSync(join(repo, 'plumbline.sarif'), 'utf8'));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('infra/stack.yaml');
  });

  it('passes when nothing reaches the threshold, and still writes the summary', () => {
    const repo = repository(openSshTemplate);
    const result = runAction(repo, { PLUMBLINE_FAIL_ON: 'none', PLUMBLINE_SARIF: 'code.sarif' });
    expect(result.status).toBe(0);
    expect(result.summary).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(existsSync(join(repo, 'code.sarif'))).toBe(true);
    expect(runAction(repository(cleanTemplate), {}).status).toBe(0);
  });

  it('exits 2 when a template cannot be parsed, and names it in the summary', () => {
    const result = runAction(repository(cleanTemplate, { 'infra/broken.yaml': 'Resources:\n  A: [\n' }), { PLUMBLINE_FAIL_ON: 'none' });
    expect(result.status).toBe(2);
    expect(result.summary).toContain('Files that could not be checked');
    expect(result.output).toContain('exit-code=2');
  });

  it('passes extra options through to plumbline check', () => {
    const template = openSshTemplate.replace('CidrIp: 0.0.0.0/0', 'CidrIp: !Ref Cidr').replace('Resources:', 'Parameters:\n  Cidr:\n    Type: String\nResources:');
    expect(runAction(repository(template), {}).status).toBe(0);
    expect(runAction(repository(template), { PLUMBLINE_ARGS: '--param Cidr=0.0.0.0/0' }).status).toBe(1);
  });
});

describe('the pre-commit hook', () => {
  const hooks = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
  const hook = hooks.find((candidate) => candidate.id === 'plumbline')!;
  const runHook = (repo: string, files: string[]) => spawnSync(join(root, hook.entry), files, { cwd: repo, encoding: 'utf8', env: env({}) });

  it('is a script hook whose entry exists and is executable', () => {
    expect(hook.language).toBe('script');
    expect(() => accessSync(join(root, hook.entry), constants.X_OK)).not.toThrow();
    expect(readFileSync(join(root, hook.entry), 'utf8')).toContain(`version=${version}`);
  });

  it('passes the files CloudFormation templates live in, and nothing else', () => {
    const pattern = new RegExp(hook.files);
    for (const file of ['infra/stack.yaml', 'a.yml', 'b.json', 'c.template']) expect(file).toMatch(pattern);
    for (const file of ['README.md', 'main.tf', 'yaml.txt']) expect(file).not.toMatch(pattern);
  });

  it('fails a commit with a high finding and lets a clean one through, ignoring other YAML quietly', () => {
    const failing = runHook(repository(openSshTemplate), ['.github/workflows/ci.yml', 'infra/stack.yaml']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    const clean = runHook(repository(cleanTemplate), ['.github/workflows/ci.yml', 'infra/stack.yaml']);
    expect(clean).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('lets hook args override the threshold', () => {
    expect(runHook(repository(openSshTemplate), ['infra/stack.yaml', '--fail-on', 'none']).status).toBe(0);
  });
});

describe('the GitLab CI example', () => {
  const example = load(readFileSync(join(root, 'docs/ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>;
  const job = example['plumbline']!;

  it('produces the Code Quality and JUnit reports it declares, running its own commands on a fixture', () => {
    const repo = repository(openSshTemplate);
    const statuses = job.script.map((line) => {
      // The example runs the published release; here the same arguments go to the CLI from source.
      const [, args] = /^npx --yes plumbline-cli@([\d.]+) (.*)$/.exec(line)!.slice(1);
      expect(line).toContain(`plumbline-cli@${version} `);
      return spawnSync(process.execPath, [cliPath, ...args!.split(' ')], { cwd: repo, encoding: 'utf8', env: env({}) }).status;
    });
    expect(statuses).toEqual([0, 1]);
    const codeQuality = JSON.parse(readFileSync(join(repo, job.artifacts.reports['codequality']!), 'utf8'));
    expect(codeQuality[0]).toMatchObject({ check_name: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', severity: 'blocker', location: { path: 'infra/stack.yaml', lines: { begin: 11 } } });
    expect(readFileSync(join(repo, job.artifacts.reports['junit']!), 'utf8')).toMatch(/^<\?xml[\s\S]*<failure /);
  });
});

describe('pinned releases', () => {
  it('name the current version wherever a user copies a plumbline-cli command', () => {
    const places = [
      'README.md',
      'action.yml',
      'docs/ci/gitlab-ci.yml',
      'scripts/ci/pre-commit.sh',
      'site/content/guides/en/infrastructure-as-code.mdx',
      'site/content/guides/zh-cn/infrastructure-as-code.mdx',
    ];
    const pinned = places.flatMap((place) =>
      [...readFileSync(join(root, place), 'utf8').matchAll(/plumbline-cli@([\d.]+)|^version=([\d.]+)$|^ {4}default: (\d+\.\d+\.\d+)$/gm)].map(
        (match) => `${place} ${match[1] ?? match[2] ?? match[3]}`,
      ),
    );
    expect(pinned.length).toBeGreaterThanOrEqual(places.length);
    expect(pinned.filter((entry) => !entry.endsWith(` ${version}`))).toEqual([]);
  });
});
