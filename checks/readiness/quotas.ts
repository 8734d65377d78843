/**
 * Service quotas to raise before the event, with the number to ask for: Lambda concurrency, EC2 On-Demand vCPUs
 * by instance family, DynamoDB write throughput per table and per account. Quotas are per Region: ask in each.
 */
import type { ReadinessContext } from './context.ts';
import { dynamoAccountWriteQuota, dynamoTableWriteQuota, headroom, lambdaAccountConcurrency, lambdaUnreservedMinimum } from './defaults.ts';
import { ec2Vcpus } from './instance-classes.ts';
import type { QuotaRequest } from './schema.ts';
import { both, code, num } from './text.ts';

/** Round a request up to a number people ask for: 1,300 → 1,300; 1,234 → 1,300; 67 → 70. */
export function roundRequest(value: number): number {
  const step = value >= 10_000 ? 1000 : value >= 1000 ? 100 : 10;
  return Math.ceil(value / step) * step;
}

/** The On-Demand vCPU quota an instance family counts against (Service Quotas names and codes). */
function vcpuQuota(instanceType: string): { quota: string; code: string } | undefined {
  const family = instanceType.toLowerCase().split('.')[0] ?? '';
  if (/^(a|c|d|h|i|m|r|t|z)\d/.test(family)) return { quota: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances', code: 'L-1216C47A' };
  if (/^(g|vt)\d/.test(family)) return { quota: 'Running On-Demand G and VT instances', code: 'L-DB2E81BA' };
  if (/^p\d/.test(family)) return { quota: 'Running On-Demand P instances', code: 'L-417A185B' };
  if (/^x\d/.test(family)) return { quota: 'Running On-Demand X instances', code: 'L-7295265B' };
  if (/^f\d/.test(family)) return { quota: 'Running On-Demand F instances', code: 'L-74FC7D96' };
  return undefined;
}

function lambdaQuota(ctx: ReadinessContext): QuotaRequest[] {
  const functions = ctx.model.of('aws.lambda.function');
  if (functions.length === 0) return [];
  const reserved = functions.reduce((sum, fn) => sum + (fn.reservedConcurrency.state === 'known' ? fn.reservedConcurrency.value : 0), 0);
  const need = Math.max(Math.ceil(ctx.lambdaConcurrency * headroom), reserved + lambdaUnreservedMinimum);
  if (need <= lambdaAccountConcurrency) return [];
  return [
    {
      service: 'AWS Lambda',
      quota: 'Concurrent executions',
      code: 'L-B99A9384',
      defaultValue: lambdaAccountConcurrency,
      askFor: roundRequest(need),
      reason: both(
        `Peak concurrency ${num(ctx.lambdaConcurrency)} × ${headroom} headroom = ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}, above the default ${num(lambdaAccountConcurrency)}; new accounts may start lower.`,
        `峰值并发 ${num(ctx.lambdaConcurrency)} × ${headroom}（余量）= ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}，超过默认的 ${num(lambdaAccountConcurrency)}；新账户的初始配额可能更低。`,
      ),
    },
  ];
}

/** vCPUs for every group at the larger of its MaxSize and the instances the peak needs with headroom. */
function ec2Quotas(ctx: ReadinessContext): QuotaRequest[] {
  const byQuota = new Map<string, { quota: string; code: string; vcpus: number; parts: string[]; partsZh: string[] }>();
  for (const group of ctx.model.of('aws.autoscaling.group')) {
    if (group.instanceType.state !== 'known') continue;
    const type = group.instanceType.value;
    const perInstance = ec2Vcpus(type);
    const quota = vcpuQuota(type);
    if (perInstance === undefined || !quota) continue;
    const instances = Math.max(ctx.instancesWithHeadroom, group.maxSize.state === 'known' ? group.maxSize.value : 0);
    const entry = byQuota.get(quota.code) ?? { ...quota, vcpus: 0, parts: [], partsZh: [] };
    entry.vcpus += instances * perInstance;
    entry.parts.push(`${code(group.name)}: ${num(instances)} × ${code(type)} (${perInstance} vCPUs)`);
    entry.partsZh.push(`${code(group.name)}：${num(instances)} × ${code(type)}（${perInstance} 个 vCPU）`);
    byQuota.set(quota.code, entry);
  }
  return [...byQuota.values()].map((entry) => ({
    service: 'Amazon EC2',
    quota: entry.quota,
    code: entry.code,
    askFor: roundRequest(entry.vcpus),
    reason: both(
      `${entry.parts.join('; ')} = ${num(entry.vcpus)} vCPUs, plus whatever else runs in the account. The default differs between accounts: ask only if the current value in Service Quotas is lower.`,
      `${entry.partsZh.join('；')}，共 ${num(entry.vcpus)} 个 vCPU，另加账户中其他正在运行的实例。各账户的默认值不同：仅当 Service Quotas 中的当前值更低时才需申请。`,
    ),
  }));
}

function dynamoQuotas(ctx: ReadinessContext): QuotaRequest[] {
  const tables = ctx.model.of('aws.dynamodb.table');
  if (tables.length === 0) return [];
  const perTable = Math.ceil(ctx.peakWrites * headroom);
  const quotas: QuotaRequest[] = [];
  if (perTable > dynamoTableWriteQuota)
    quotas.push({
      service: 'Amazon DynamoDB',
      quota: 'Table-level write throughput limit',
      code: 'L-AB614373',
      defaultValue: dynamoTableWriteQuota,
      askFor: roundRequest(perTable),
      reason: both(
        `${num(ctx.peakWrites)} writes/s × ${headroom} headroom = ${num(perTable)} write units per table.`,
        `每秒 ${num(ctx.peakWrites)} 次写入 × ${headroom}（余量）= 每张表 ${num(perTable)} 个写入单位。`,
      ),
    });
  const provisioned = tables.filter((table) => !(table.billingMode.state === 'known' && table.billingMode.value === 'PAY_PER_REQUEST')).length;
  if (provisioned * perTable > dynamoAccountWriteQuota)
    quotas.push({
      service: 'Amazon DynamoDB',
      quota: 'Account-level write throughput limit (Provisioned mode)',
      code: 'L-34F8CCC8',
      defaultValue: dynamoAccountWriteQuota,
      askFor: roundRequest(provisioned * perTable),
      reason: both(
        `${num(provisioned)} provisioned table(s) × ${num(perTable)} WCU = ${num(provisioned * perTable)} WCU in the account.`,
        `${num(provisioned)} 张预置模式表 × ${num(perTable)} WCU = 账户内共 ${num(provisioned * perTable)} WCU。`,
      ),
    });
  return quotas;
}

export function quotasToRaise(ctx: ReadinessContext): QuotaRequest[] {
  return [...lambdaQuota(ctx), ...ec2Quotas(ctx), ...dynamoQuotas(ctx)];
}
