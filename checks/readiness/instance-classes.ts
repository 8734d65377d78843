/**
 * Sizes of EC2 instance types and RDS instance classes: vCPUs (for the EC2 vCPU quotas) and memory (for the
 * default `max_connections`). Families scale regularly with size, so the tables hold one row per family.
 *
 * Memory of common DB instance classes, GiB:
 *
 * | class          | large | xlarge | 2xlarge | 4xlarge | 8xlarge | 12xlarge | 16xlarge | 24xlarge |
 * | ---            | ---   | ---    | ---     | ---     | ---     | ---      | ---      | ---      |
 * | db.m5, m6g, m6i, m7g, m7i, m8g | 8 | 16 | 32 | 64 | 128 | 192 | 256 | 384 |
 * | db.r5, r6g, r6i, r7g, r7i, r8g | 16 | 32 | 64 | 128 | 256 | 384 | 512 | 768 |
 * | db.x2g         | 32    | 64     | 128     | 256     | 512     | 768      | 1,024    | –        |
 *
 * and burstable db.t3 / db.t4g: micro 1, small 2, medium 4, large 8, xlarge 16, 2xlarge 32.
 */

/** GiB of memory per vCPU, by family prefix (without generation suffix letters that do not change the ratio). */
const memoryPerVcpu: [RegExp, number][] = [
  [/^(m[5-8][a-z]*)$/, 4],
  [/^(r[5-8][a-z]*)$/, 8],
  [/^(x2g[a-z]*|x2i[a-z]*)$/, 16],
  [/^(c[5-8][a-z]*)$/, 2],
];

const burstableMemory: Record<string, number> = { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16, '2xlarge': 32 };

/** vCPUs of a size: `large` 2, `xlarge` 4, `Nxlarge` 4N; burstable and `medium` sizes differ by family. */
export function vcpusOfSize(family: string, size: string): number | undefined {
  if (family.startsWith('t')) {
    if (family === 't2' && ['nano', 'micro', 'small'].includes(size)) return 1;
    if (['nano', 'micro', 'small', 'medium', 'large'].includes(size)) return 2;
  }
  if (size === 'medium') return 1;
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const multiple = /^(\d+)xlarge$/.exec(size);
  return multiple ? 4 * Number(multiple[1]) : undefined;
}

/** `m6i.2xlarge` → 8; `undefined` for metal sizes and shapes we cannot tell. */
export function ec2Vcpus(instanceType: string): number | undefined {
  const [family, size] = instanceType.toLowerCase().split('.');
  if (!family || !size) return undefined;
  return vcpusOfSize(family, size);
}

/** Memory of a DB instance class in GiB, e.g. `db.r6g.large` → 16; `undefined` when not in the tables. */
export function dbClassMemoryGiB(instanceClass: string): number | undefined {
  const [prefix, family, size] = instanceClass.toLowerCase().split('.');
  if (prefix !== 'db' || !family || !size) return undefined;
  if (family === 't3' || family === 't4g') return burstableMemory[size];
  const ratio = memoryPerVcpu.find(([pattern]) => pattern.test(family))?.[1];
  const vcpus = vcpusOfSize(family, size);
  return ratio === undefined || vcpus === undefined ? undefined : ratio * vcpus;
}

/** Aurora MySQL's published default `max_connections` by size of its memory-optimised classes (db.r5 onwards). */
const auroraMysqlBySize: Record<string, number> = {
  large: 1000,
  xlarge: 2000,
  '2xlarge': 3000,
  '4xlarge': 4000,
  '8xlarge': 5000,
  '12xlarge': 6000,
  '16xlarge': 6000,
  '24xlarge': 7000,
};
const auroraMysqlBurstable: Record<string, number> = { 'db.t3.small': 45, 'db.t3.medium': 90, 'db.t4g.medium': 90 };

export interface ConnectionLimit {
  value: number;
  /** How it was worked out, one line in each language. */
  formula: { en: string; zh: string };
}

const gib = 1024 ** 3;

/**
 * The default `max_connections` of an engine on a class. MySQL and MariaDB: `{DBInstanceClassMemory/12582880}`;
 * PostgreSQL (RDS and Aurora): `LEAST({DBInstanceClassMemory/9531392},5000)`; Aurora MySQL: AWS's published
 * table. Nominal memory is used; RDS keeps some for itself, so the real value is somewhat lower.
 */
export function defaultMaxConnections(engine: string, instanceClass: string): ConnectionLimit | undefined {
  if (engine === 'aurora-mysql' || engine === 'aurora') {
    const [, family, size] = instanceClass.toLowerCase().split('.');
    const value = auroraMysqlBurstable[instanceClass.toLowerCase()] ?? (family && /^r[5-8]/.test(family) && size ? auroraMysqlBySize[size] : undefined);
    return value === undefined ? undefined : { value, formula: { en: `Aurora MySQL default for \`${instanceClass}\``, zh: `\`${instanceClass}\` 上 Aurora MySQL 的默认值` } };
  }
  const memory = dbClassMemoryGiB(instanceClass);
  if (memory === undefined) return undefined;
  if (engine === 'mysql' || engine === 'mariadb') {
    const value = Math.floor((memory * gib) / 12_582_880);
    return { value, formula: { en: `${memory} GiB ÷ 12,582,880 bytes (DBInstanceClassMemory/12582880)`, zh: `${memory} GiB ÷ 12,582,880 字节（DBInstanceClassMemory/12582880）` } };
  }
  if (engine === 'postgres' || engine === 'aurora-postgresql') {
    const value = Math.min(Math.floor((memory * gib) / 9_531_392), 5000);
    return { value, formula: { en: `LEAST(${memory} GiB ÷ 9,531,392 bytes, 5,000)`, zh: `LEAST(${memory} GiB ÷ 9,531,392 字节, 5,000)` } };
  }
  return undefined;
}
