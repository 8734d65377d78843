// The readiness arithmetic on two architectures: one ready for its peak, one that is not, with the numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadinessReport, type PeakProfileInput, type ReadinessItem } from './schema.ts';
import { assessSources } from './sources.ts';

const fixture = (name: string) => ({ path: `fixtures/${name}`, content: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8') });
const assess = (name: string, profile: PeakProfileInput) => assessSources([fixture(name)], profile);
const lines = (item: ReadinessItem | undefined) => item?.arithmetic.map((line) => line.en).join('\n') ?? '';
const find = (items: ReadinessItem[], check: string, address?: string) => items.find((item) => item.check === check && (address === undefined || item.location?.address.endsWith(`.${address}`)));

describe('an architecture ready for 2,000 requests per second', () => {
  const { report, diagnostics, checkedFiles } = assess('ready.yaml', { peakRps: 2000, durationMinutes: 60 });

  it('passes every item and validates against the schema', () => {
    expect(diagnostics).toEqual([]);
    expect(checkedFiles).toEqual(['fixtures/ready.yaml']);
    expect(() => ReadinessReport.parse(report)).not.toThrow();
    expect(report.items.filter((item) => item.status !== 'pass').map((item) => `${item.check} ${item.title.en}`)).toEqual([]);
    expect(report.summary).toEqual({ pass: report.items.length, warn: 0, fail: 0 });
  });

  it('shows the Auto Scaling arithmetic: 2,000 ÷ 100 = 20, × 1.3 = 26 against MaxSize 40', () => {
    const text = lines(find(report.items, 'autoscaling-capacity', 'WebGroup'));
    expect(text).toContain('2,000 rps ÷ 100 rps per instance = 20 instances needed');
    expect(text).toContain('20 × 1.3 headroom = 26; MaxSize is 40');
  });

  it('computes Aurora PostgreSQL max_connections on db.r6g.xlarge and sees the proxy', () => {
    const text = lines(find(report.items, 'database-connections', 'Database'));
    expect(text).toContain('20 instances × 10 connections each = 200 connections');
    expect(text).toContain('LEAST(32 GiB ÷ 9,531,392 bytes, 5,000) = 3,604');
    expect(text).toContain('an RDS Proxy pools connections');
  });

  it('computes Lambda concurrency as rps × average duration', () => {
    expect(lines(find(report.items, 'lambda-concurrency'))).toContain('2,000 rps × 0.2 s = 400 concurrent executions');
  });

  it('asks for EC2 vCPUs for the largest fleet the group may run', () => {
    expect(report.quotas).toEqual([expect.objectContaining({ code: 'L-1216C47A', askFor: 80 })]);
  });

  it('states the defaults it used', () => {
    expect(report.assumptions.map((assumption) => assumption.en).join('\n')).toMatch(/100 requests per second[\s\S]*200 ms[\s\S]*10 database connections[\s\S]*200 writes per second/);
  });

  it('points items at the resource: address, file and line', () => {
    expect(find(report.items, 'autoscaling-capacity')?.location).toEqual({ address: 'AWS::AutoScaling::AutoScalingGroup.WebGroup', file: 'fixtures/ready.yaml', line: 25 });
  });
});

describe('an architecture not ready for a 5,000-requests-per-second flash sale', () => {
  const { report } = assess('not-ready.yaml', { peakRps: 5000, durationMinutes: 30, eventType: 'flash-sale' });
  const status = (check: string, address?: string) => find(report.items, check, address)?.status;

  it('fails the Auto Scaling group: 50 instances needed, 65 with headroom, MaxSize 8, no scaling policy', () => {
    const item = find(report.items, 'autoscaling-capacity', 'ShopGroup');
    expect(item?.status).toBe('fail');
    expect(lines(item)).toContain('50 × 1.3 headroom = 65; MaxSize is 8');
    expect(lines(item)).toContain('no scaling policy or scheduled action');
    expect(item?.advice?.en).toContain('at least 65');
  });

  it('fails MySQL on db.t3.medium: 341 connections for 500', () => {
    const item = find(report.items, 'database-connections', 'ShopDatabase');
    expect(item?.status).toBe('fail');
    expect(lines(item)).toContain('4 GiB ÷ 12,582,880 bytes (DBInstanceClassMemory/12582880) = 341; 500 × 1.3 headroom = 650');
  });

  it('fails the reserved concurrency of 50 against 1,000 and warns that the account default leaves no headroom', () => {
    expect(status('lambda-reserved-concurrency', 'Checkout')).toBe('fail');
    expect(lines(find(report.items, 'lambda-reserved-concurrency'))).toContain('reserved concurrency 50 caps the function; 1,000 × 1.3 headroom = 1,300');
    expect(status('lambda-concurrency')).toBe('warn');
  });

  it('fails provisioned writes: 500 writes/s × 1.3 = 650 WCU against an auto scaling maximum of 400', () => {
    const item = find(report.items, 'dynamodb-writes', 'Stock');
    expect(item?.status).toBe('fail');
    expect(lines(item)).toContain('500 writes/s × 1.3 headroom = 650 WCU; WriteCapacityUnits 100, auto scaling maximum 400');
  });

  it('fails WAF for a flash sale with no rate-based rule, and every single-zone stateful tier', () => {
    expect(status('waf-rate-limit')).toBe('fail');
    expect(report.items.filter((item) => item.check === 'multi-az').map((item) => `${item.location?.address} ${item.status}`)).toEqual([
      'AWS::RDS::DBInstance.ShopDatabase fail',
      'AWS::ElastiCache::CacheCluster.SessionCache fail',
      'AWS::AutoScaling::AutoScalingGroup.ShopGroup fail',
    ]);
  });

  it('warns about the missing CDN, queue and alarms', () => {
    expect(status('cdn')).toBe('warn');
    expect(status('queue-buffer')).toBe('warn');
    expect(report.items.filter((item) => item.check === 'alarms').every((item) => item.status === 'warn')).toBe(true);
  });

  it('lists the quotas to raise with the numbers', () => {
    expect(report.quotas.map((quota) => [quota.code, quota.askFor])).toEqual([
      ['L-B99A9384', 1300],
      ['L-1216C47A', 130],
    ]);
  });

  it('counts the summary from the items', () => {
    expect(report.summary.fail).toBe(report.items.filter((item) => item.status === 'fail').length);
    expect(report.summary.fail).toBeGreaterThanOrEqual(8);
  });
});

describe('reading sources', () => {
  it('turns a file that cannot be parsed into a diagnostic and a failed item, never a clean pass', () => {
    const { report, diagnostics, checkedFiles } = assessSources([{ path: 'broken.yaml', content: 'Resources: [\n' }], { peakRps: 10, durationMinutes: 5 });
    expect(diagnostics.some((diagnostic) => diagnostic.level === 'error' && diagnostic.file === 'broken.yaml')).toBe(true);
    expect(checkedFiles).toEqual([]);
    expect(report.items[0]).toMatchObject({ check: 'unreadable-file', status: 'fail' });
    expect(report.summary.fail).toBeGreaterThan(0);
  });

  it('assesses resources from several files together', () => {
    const { report, checkedFiles } = assessSources([fixture('ready.yaml'), fixture('not-ready.yaml')], { peakRps: 2000, durationMinutes: 60 });
    expect(checkedFiles).toHaveLength(2);
    expect(report.items.filter((item) => item.check === 'autoscaling-capacity')).toHaveLength(2);
  });
});
