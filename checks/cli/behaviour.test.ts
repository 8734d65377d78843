// What a person expects of a command-line tool, each written after a defect in issue 15.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cliPath, runCli, workspace } from '../../test/fixtures/cli.ts';
import { cleanTemplate, openSshTemplate, threeOpenGroups } from '../../test/fixtures/templates.ts';
import { colourEnabled } from './terminal.ts';
import { commands } from './usage.ts';

// Each test starts the CLI from source a few times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe('help', () => {
  it.each(commands)('explains %s on --help and -h, on stdout, exit 0', (command) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = runCli([command, flag]);
      expect(status).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: plumbline ${command}`));
      expect(stderr).toBe('');
    }
  });

  it('lists the commands on --help and on help COMMAND', () => {
    expect(runCli(['--help']).stdout).toMatch(/check <paths…\|->[\s\S]*baseline/);
    expect(runCli(['help', 'explain']).stdout).toMatch(/^Usage: plumbline explain RULE-ID/);
  });

  it('answers an unknown option with the command’s own usage on stderr, exit 2', () => {
    const { status, stdout, stderr } = runCli(['rules', '--bogus']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: plumbline rules/);
  });
});

describe('streams and exit status', () => {
  it('reports a missing file on stderr, not in the report, and exits 2', () => {
    const { status, stdout, stderr } = runCli(['check', 'missing.yaml', '--format', 'json'], { cwd: workspace({}) });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^missing\.yaml: error: no such file or directory$/m);
    expect(JSON.parse(stdout).summary.errors).toBe(1);
  });

  it('keeps standard output valid JSON when some files cannot be parsed', () => {
    const dir = workspace({ 'bad.yaml': 'a: [\n', 'good.yaml': openSshTemplate });
    const { status, stdout, stderr } = runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(status).toBe(2);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toMatch(/^bad\.yaml:\d+:\d+: error: invalid YAML/m);
  });

  it('exits 2 with one line, no stack trace, when --output cannot be written', () => {
    const dir = workspace({ 'stack.yaml': openSshTemplate });
    const { status, stdout, stderr } = runCli(['check', 'stack.yaml', '--output', '/nonexistent/dir/x'], { cwd: dir });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('plumbline: cannot write --output /nonexistent/dir/x: the folder does not exist\n');
  });

  it('exits 2 on an unreadable file unless --skip-unreadable, which warns and checks the rest', () => {
    const noise = Uint8Array.from({ length: 512 }, (_, index) => (index * 97 + 13) % 256);
    const dir = workspace({ 'noise.yaml': noise, 'clean.yaml': cleanTemplate });
    expect(runCli(['check', 'noise.yaml', 'missing.yaml', 'clean.yaml'], { cwd: dir }).status).toBe(2);
    const skipped = runCli(['check', 'noise.yaml', 'missing.yaml', 'clean.yaml', '--skip-unreadable', '--format', 'json'], { cwd: dir });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/^noise\.yaml: skipped: this is a binary file/m);
    expect(skipped.stderr).toMatch(/^missing\.yaml: skipped: no such file or directory/m);
    expect(JSON.parse(skipped.stdout).summary).toMatchObject({ errors: 0, checked: 1 });
  });

  it('still exits 2 with --skip-unreadable when a file is read but is not valid YAML', () => {
    const dir = workspace({ 'bad.yaml': 'a: [\n' });
    expect(runCli(['check', 'bad.yaml', '--skip-unreadable'], { cwd: dir }).status).toBe(2);
  });

  it('exits 2 on an unknown rule with one line and no usage text', () => {
    expect(runCli(['explain', 'NOPE'])).toMatchObject({ status: 2, stdout: '', stderr: 'plumbline: no rule NOPE; plumbline rules lists them all\n' });
  });

  it('ends quietly, with no stack trace, when the reader of a pipe goes away', () => {
    // `true` exits before the CLI writes, so every write meets a closed pipe (the shell's `plumbline rules | head -1`).
    const script = `(sleep 0.3; exec "${process.execPath}" "${cliPath}" rules --format json) | true; echo "status=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('status=0\n');
  });

  it('gives machine-readable output through npm run --silent, as the README shows contributors', () => {
    const result = spawnSync('npm', ['run', '--silent', 'plumbline', '--', 'rules', '--format', 'json'], { cwd: join(cliPath, '../..'), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(10);
  });
});

describe('text output', () => {
  it('groups one rule’s findings under one heading and shows the fix once', () => {
    const { stdout } = runCli(['check', 'stack.yaml'], { cwd: workspace({ 'stack.yaml': threeOpenGroups }) });
    expect(stdout).toMatch(/AWS-EC2-SG-OPEN-ADMIN-PORTS .*\(3 resources\)/);
    expect(stdout.match(/^\s+Fix:$/gm)).toHaveLength(1);
    expect(stdout.match(/^\s+Guide: /gm)).toHaveLength(1);
    for (const line of [11, 20, 29]) expect(stdout).toContain(`stack.yaml:${line}:19`);
  });

  it('prints findings only with --quiet: no summary, no score, no skipped-file notes', () => {
    const dir = workspace({ 'stack.yaml': openSshTemplate, 'package.json': '{"name": "x"}' });
    const { status, stdout, stderr } = runCli(['check', '.', '--quiet'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(stdout).not.toMatch(/^\d+ findings?|^Score /m);
    expect(stderr).toBe('');
    expect(runCli(['check', 'package.json'], { cwd: dir }).stderr).toMatch(/package\.json: skipped/);
  });

  it('prints nothing with --quiet when the template is clean', () => {
    expect(runCli(['check', 'clean.yaml', '--quiet'], { cwd: workspace({ 'clean.yaml': cleanTemplate }) })).toMatchObject({ status: 0, stdout: '' });
  });

  it('colours with FORCE_COLOR, not with NO_COLOR, and never into a pipe by default', () => {
    const dir = workspace({ 'stack.yaml': openSshTemplate });
    expect(runCli(['check', 'stack.yaml'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(runCli(['check', 'stack.yaml'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['check', 'stack.yaml'], { cwd: dir, env: { NO_COLOR: undefined } }).stdout).not.toContain('\u001b[');
  });

  it('decides colour by NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(colourEnabled({}, true)).toBe(true);
    expect(colourEnabled({}, false)).toBe(false);
    expect(colourEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colourEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colourEnabled({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('never colours a file written with --output', () => {
    const dir = workspace({ 'stack.yaml': openSshTemplate });
    runCli(['check', 'stack.yaml', '--output', 'out.txt'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('prints no stack trace for any of the above', () => {
    for (const args of [['check'], ['check', '--format', 'pdf', 'x'], ['nope'], ['check', 'x.yaml', '-o', '/proc/x']]) expect(runCli(args).stderr).not.toMatch(stackTrace);
  });
});
