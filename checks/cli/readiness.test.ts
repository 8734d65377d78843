// `plumbline readiness`: flags to a profile, the runbook's start time, and the command's exit status and output.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli, workspace } from '../../test/fixtures/cli.ts';
import { ReadinessReport } from '../readiness/schema.ts';
import { FlagError, profileFromFlags, runbookRequest } from './readiness.ts';

// Each spawning test starts the CLI from source; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const fixture = (name: string) => readFileSync(new URL(`../readiness/fixtures/${name}`, import.meta.url), 'utf8');

describe('flags', () => {
  it('defaults the duration to 60 minutes and the event type to peak', () => {
    expect(profileFromFlags({ 'peak-rps': '5000' })).toEqual({ peakRps: 5000, durationMinutes: 60, eventType: 'peak', regions: [] });
  });

  it('reads every number flag into the profile', () => {
    const profile = profileFromFlags({
      'peak-rps': '5000',
      'duration-minutes': '30',
      'event-type': 'flash-sale',
      'baseline-rps': '800',
      'writes-per-second': '120',
      'per-instance-rps': '250',
      'lambda-duration-ms': '150',
      'connections-per-instance': '20',
      'concurrent-users': '40000',
      region: ['us-east-1', 'eu-west-1'],
    });
    expect(profile).toMatchObject({
      peakRps: 5000,
      durationMinutes: 30,
      eventType: 'flash-sale',
      baselineRps: 800,
      peakWritesPerSecond: 120,
      perInstanceRps: 250,
      lambdaDurationMs: 150,
      connectionsPerInstance: 20,
      concurrentUsers: 40000,
      regions: ['us-east-1', 'eu-west-1'],
    });
  });

  it.each([
    [{}, /needs --peak-rps/],
    [{ 'peak-rps': 'lots' }, /--peak-rps expects a number, got "lots"/],
    [{ 'peak-rps': '-5' }, /^--peak-rps: /],
    [{ 'peak-rps': '5', 'duration-minutes': '2.5' }, /^--duration-minutes: /],
    [{ 'peak-rps': '5', 'event-type': 'sale' }, /unknown --event-type "sale"/],
    [{ 'peak-rps': '5', region: ['Virginia'] }, /--region expects a Region code such as us-east-1, got "Virginia"/],
  ])('refuses %o, naming the flag', (flags, message) => {
    expect(() => profileFromFlags(flags)).toThrow(FlagError);
    expect(() => profileFromFlags(flags)).toThrow(message);
  });

  it('reads a runbook start without an offset as wall-clock time in the event’s time zone', () => {
    expect(runbookRequest({ 'runbook-start': '2026-11-11T20:00', 'time-zone': 'Asia/Shanghai' })).toEqual({ startsAt: Date.parse('2026-11-11T12:00:00Z'), timeZone: 'Asia/Shanghai', language: 'en' });
    expect(runbookRequest({ 'runbook-start': '2026-07-04T09:30', 'time-zone': 'America/New_York', language: 'zh-cn' })?.startsAt).toBe(Date.parse('2026-07-04T13:30:00Z'));
    expect(runbookRequest({ 'runbook-start': '2026-11-11T12:00:00Z', 'time-zone': 'Europe/London' })?.startsAt).toBe(Date.parse('2026-11-11T12:00:00Z'));
  });

  it.each([
    [{ 'runbook-start': '2026-11-11T20:00' }, /needs --time-zone/],
    [{ 'runbook-start': '2026-11-11T20:00', 'time-zone': 'Moon/Base' }, /unknown --time-zone "Moon\/Base"/],
    [{ 'runbook-start': 'next Friday', 'time-zone': 'UTC' }, /--runbook-start expects an ISO date and time/],
    [{ 'runbook-start': '2026-02-30T10:00', 'time-zone': 'UTC' }, /--runbook-start expects/],
    [{ 'time-zone': 'UTC' }, /--time-zone needs --runbook-start/],
    [{ 'runbook-start': '2026-11-11T20:00', 'time-zone': 'UTC', language: 'fr' }, /unknown --language "fr"/],
  ])('refuses runbook flags %o', (flags, message) => {
    expect(() => runbookRequest(flags)).toThrow(message);
  });
});

describe('the command', () => {
  const dir = workspace({ 'ready.yaml': fixture('ready.yaml'), 'not-ready.yaml': fixture('not-ready.yaml') });

  it('exits 1 when an item fails, with JSON that validates against the ReadinessReport', () => {
    const { status, stdout, stderr } = runCli(['readiness', 'not-ready.yaml', '--peak-rps', '5000', '--event-type', 'flash-sale', '--format', 'json'], { cwd: dir });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const report = ReadinessReport.parse(JSON.parse(stdout));
    expect(report.summary.fail).toBeGreaterThan(0);
    expect(report.quotas.map((quota) => quota.askFor)).toEqual([1300, 130]);
  });

  it('exits 0 when nothing fails, one line per item with its arithmetic', () => {
    const { status, stdout } = runCli(['readiness', 'ready.yaml', '--peak-rps', '2000'], { cwd: dir });
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^PASS autoscaling-capacity ready\.yaml:25 Auto Scaling group `WebGroup` can reach the peak: 2,000 rps ÷ 100 rps per instance = 20 instances needed; 20 × 1\.3 headroom = 26; MaxSize is 40$/m,
    );
  });

  it('exits 2 on a bad flag, naming it, with the usage on stderr', () => {
    const { status, stdout, stderr } = runCli(['readiness', 'ready.yaml', '--peak-rps', 'many'], { cwd: dir });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plumbline: --peak-rps expects a number, got "many"\n\nUsage: plumbline readiness/);
  });

  it('exits 2 for a file that cannot be found, and says so on stderr and in the report', () => {
    const { status, stdout, stderr } = runCli(['readiness', 'ready.yaml', 'gone.yaml', '--peak-rps', '2000', '--format', 'json'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^gone\.yaml: error: no such file or directory$/m);
    expect(ReadinessReport.parse(JSON.parse(stdout)).items[0]).toMatchObject({ check: 'unreadable-file', status: 'fail' });
  });

  it('prints the runbook in Markdown for --runbook-start', () => {
    const { status, stdout } = runCli(['readiness', 'ready.yaml', '--peak-rps', '2000', '--runbook-start', '2026-11-11T20:00', '--time-zone', 'Asia/Shanghai', '--language', 'zh-cn'], { cwd: dir });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# 活动运行手册：2026年11月11日（周三）流量高峰\n/);
    expect(stdout).toContain('- **开始时间：** 2026年11月11日（周三） 20:00（`Asia/Shanghai`）');
  });
});
