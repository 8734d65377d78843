import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

describe('aws_docdb_cluster', () => {
  it('reads encryption, retention and log exports, and keeps a final snapshot unless skipped', () => {
    const clusters = resourcesOf(
      `resource "aws_docdb_cluster" "catalog" {
  storage_encrypted               = true
  backup_retention_period         = 7
  enabled_cloudwatch_logs_exports = ["audit", "Profiler"]
}

resource "aws_docdb_cluster" "scratch" {
  skip_final_snapshot = true
}

resource "aws_docdb_cluster" "restored" {
  snapshot_identifier = "catalog-final"
}
`,
      'aws.docdb.cluster',
    );
    const catalog = clusters.get('aws_docdb_cluster.catalog')!;
    expect(where(catalog.storageEncrypted)).toEqual({ value: true, line: 2, property: 'storage_encrypted' });
    expect(value(catalog.backupRetentionDays)).toBe(7);
    expect(value(catalog.logExports)).toEqual(['audit', 'profiler']);
    expect(value(catalog.retainOnDelete)).toBe(true);
    const scratch = clusters.get('aws_docdb_cluster.scratch')!;
    expect(where(scratch.storageEncrypted)).toEqual({ value: 'absent', line: 7, property: 'storage_encrypted' });
    expect(where(scratch.retainOnDelete)).toEqual({ value: false, line: 8, property: 'skip_final_snapshot' });
    expect(value(clusters.get('aws_docdb_cluster.restored')!.storageEncrypted)).toBe('unknown');
  });

  it('reads an instance class and the engine version of the cluster the instance joins', () => {
    const instances = resourcesOf(
      `resource "aws_docdb_cluster" "catalog" {
  engine_version = "3.6.0"
}

resource "aws_docdb_cluster_instance" "catalog" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.r5.large"
}

resource "aws_docdb_cluster_instance" "elsewhere" {
  cluster_identifier = "created-elsewhere"
  instance_class     = "db.t3.medium"
}
`,
      'aws.docdb.instance',
    );
    const catalog = instances.get('aws_docdb_cluster_instance.catalog')!;
    expect(where(catalog.instanceClass)).toEqual({ value: 'db.r5.large', line: 7, property: 'instance_class' });
    expect(value(catalog.clusterEngineVersion)).toBe('3.6.0');
    expect(value(instances.get('aws_docdb_cluster_instance.elsewhere')!.clusterEngineVersion)).toBe('absent');
  });
});
