/** Shared by the RDS rules: which databases hold their own data, which run their own instances, and how to name them. */
import type { RdsCluster, RdsInstance } from '../../../model/aws/data.ts';
import type { Model } from '../../../model/model.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

export type Database = RdsInstance | RdsCluster;

/** `DB instance Orders` or `DB cluster Orders`, for messages. */
export function describe(database: Database): Phrase {
  return phrase(database.kind === 'aws.rds.instance' ? 'dbInstance' : 'dbCluster', { name: database.name });
}

/**
 * Databases whose data lives in them: standalone instances and clusters. Cluster members keep their
 * data on the cluster, and read replicas copy a source that is checked on its own.
 */
export function dataHolders(model: Model): Database[] {
  const instances = model.of('aws.rds.instance').filter((instance) => !instance.clusterMember && !instance.readReplica);
  const clusters = model.of('aws.rds.cluster').filter((cluster) => !cluster.readReplica);
  return [...instances, ...clusters];
}

/** Every DB instance, and Multi-AZ DB clusters (which run their own instances rather than member resources). */
export function computeHolders(model: Model): Database[] {
  return [...model.of('aws.rds.instance'), ...model.of('aws.rds.cluster').filter((cluster) => cluster.multiAzDbCluster)];
}
