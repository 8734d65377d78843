/**
 * Instance families shared by the EC2, RDS and ElastiCache rules: which are previous generation, and
 * which x86 families have a Graviton (arm64) counterpart. Sources: the EC2 "previous generation instances"
 * page (only families AWS lists there; M4/C4/R4 are not reported until AWS lists them), and the RDS and
 * ElastiCache "supported node/instance types" pages; for OpenSearch and DocumentDB, their "supported instance types"
 * and "instance classes" pages.
 */

export type InstanceService = 'ec2' | 'rds' | 'elasticache' | 'opensearch' | 'docdb';

const prefixes: Record<InstanceService, string> = { ec2: '', rds: 'db.', elasticache: 'cache.', opensearch: '', docdb: 'db.' };

const previousGeneration: Record<InstanceService, ReadonlySet<string>> = {
  ec2: new Set(['t1', 'm1', 'm2', 'm3', 'c1', 'c3', 'cc2', 'cr1', 'g2', 'hs1', 'i2', 'r3']),
  rds: new Set(['t1', 't2', 'm1', 'm2', 'm3', 'm4', 'r3', 'r4']),
  elasticache: new Set(['t1', 'm1', 'm2', 'm3', 'c1', 'r3']),
  opensearch: new Set(['t2', 'm3', 'm4', 'c4', 'r3', 'r4', 'i2']),
  // DocumentDB lists no previous-generation classes.
  docdb: new Set(),
};

/** x86 families and the Graviton family to try instead. */
const gravitonFor: Record<InstanceService, Readonly<Record<string, string>>> = {
  ec2: {
    t2: 't4g',
    t3: 't4g',
    t3a: 't4g',
    m4: 'm7g',
    m5: 'm7g',
    m5a: 'm7g',
    m5n: 'm7g',
    m6i: 'm7g',
    m6a: 'm7g',
    m7i: 'm7g',
    m7a: 'm7g',
    c4: 'c7g',
    c5: 'c7g',
    c5a: 'c7g',
    c5n: 'c7gn',
    c6i: 'c7g',
    c6a: 'c7g',
    c7i: 'c7g',
    c7a: 'c7g',
    r4: 'r7g',
    r5: 'r7g',
    r5a: 'r7g',
    r5n: 'r7g',
    r6i: 'r7g',
    r6a: 'r7g',
    r7i: 'r7g',
    r7a: 'r7g',
    m5d: 'm7gd',
    m6id: 'm7gd',
    c5d: 'c7gd',
    c6id: 'c7gd',
    r5d: 'r7gd',
    r6id: 'r7gd',
  },
  rds: { t2: 't4g', t3: 't4g', m4: 'm7g', m5: 'm7g', m5d: 'm6gd', m6i: 'm7g', r4: 'r7g', r5: 'r7g', r5b: 'r7g', r6i: 'r7g' },
  elasticache: { t2: 't4g', t3: 't4g', m4: 'm7g', m5: 'm7g', r4: 'r7g', r5: 'r7g' },
  // The Graviton2 families, which every OpenSearch version and Elasticsearch from 7.9 runs on (`r5.large.search` →
  // `r6g.large.search`). T2 is left out: its micro size has no Graviton counterpart.
  opensearch: { t3: 't4g', m3: 'm6g', m4: 'm6g', m5: 'm6g', c4: 'c6g', c5: 'c6g', r3: 'r6g', r4: 'r6g', r5: 'r6g' },
  // DocumentDB's Graviton classes are db.r6g, db.r8g and db.t4g; db.r6g is offered in the most Regions.
  docdb: { t3: 't4g', r4: 'r6g', r5: 'r6g' },
};

/** `m5.large` → `m5`; `db.r6i.xlarge` → `r6i`; undefined when the name is not of that shape. */
export function instanceFamily(service: InstanceService, type: string): string | undefined {
  const prefix = prefixes[service];
  if (!type.startsWith(prefix)) return undefined;
  const family = type.slice(prefix.length).split('.')[0];
  return family && /^[a-z]+\d+[a-z-]*$/.test(family) ? family : undefined;
}

export function isPreviousGeneration(service: InstanceService, type: string): boolean {
  const family = instanceFamily(service, type);
  return family !== undefined && previousGeneration[service].has(family);
}

/** The Graviton instance type to consider for an x86 one, e.g. `m5.large` → `m7g.large`. */
export function gravitonAlternative(service: InstanceService, type: string): string | undefined {
  const family = instanceFamily(service, type);
  const target = family ? gravitonFor[service][family] : undefined;
  if (!family || !target) return undefined;
  return type.replace(`${prefixes[service]}${family}.`, `${prefixes[service]}${target}.`);
}
