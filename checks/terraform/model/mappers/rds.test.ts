import { describe, expect, it } from 'vitest';
import { modelOf, resourcesOf, value, where } from './support/snippets.ts';

const instances = (text: string) => resourcesOf(text, 'aws.rds.instance');
const clusters = (text: string) => resourcesOf(text, 'aws.rds.cluster');

describe('aws_db_instance', () => {
  it('reads the settings the rules judge, pointing at each, with engine and storage type lower-cased', () => {
    const orders = instances(`resource "aws_db_instance" "orders" {
  engine                       = "Postgres"
  instance_class               = "db.m7g.large"
  storage_type                 = "GP2"
  storage_encrypted            = true
  backup_retention_period      = 14
  deletion_protection          = true
  multi_az                     = true
  publicly_accessible          = false
  performance_insights_enabled = true
  auto_minor_version_upgrade   = false
  manage_master_user_password  = true
}
`).get('aws_db_instance.orders')!;
    expect(value(orders.engine)).toBe('postgres');
    expect(value(orders.storageType)).toBe('gp2');
    expect(where(orders.storageEncrypted)).toEqual({ value: true, line: 5, property: 'storage_encrypted' });
    expect(where(orders.backupRetentionDays)).toEqual({ value: 14, line: 6, property: 'backup_retention_period' });
    expect(value(orders.deletionProtection)).toBe(true);
    expect(value(orders.multiAz)).toBe(true);
    expect(value(orders.publiclyAccessible)).toBe(false);
    expect(value(orders.performanceInsights)).toBe(true);
    expect(where(orders.autoMinorVersionUpgrade)).toEqual({ value: false, line: 11, property: 'auto_minor_version_upgrade' });
    expect(where(orders.masterPasswordSource)).toEqual({ value: 'managed', line: 12, property: 'manage_master_user_password' });
    expect(orders.clusterMember).toBe(false);
    expect(orders.readReplica).toBe(false);
  });

  it('knows a password only when it is written as literal text, write-only or not', () => {
    const all = instances(`variable "password" {
  type    = string
  default = "from-a-default"
}

resource "aws_db_instance" "literal" {
  password = "hunter2hunter2"
}

resource "aws_db_instance" "write_only_literal" {
  password_wo         = "hunter2hunter2"
  password_wo_version = 1
}

resource "aws_db_instance" "variable" {
  password = var.password
}

resource "aws_db_instance" "write_only_variable" {
  password_wo         = var.password
  password_wo_version = 1
}

resource "aws_db_instance" "none" {
  replicate_source_db = "orders"
}
`);
    expect(where(all.get('aws_db_instance.literal')!.masterPasswordSource)).toEqual({ value: 'literal', line: 7, property: 'password' });
    expect(where(all.get('aws_db_instance.write_only_literal')!.masterPasswordSource)).toEqual({ value: 'literal', line: 11, property: 'password_wo' });
    expect(value(all.get('aws_db_instance.variable')!.masterPasswordSource)).toBe('unknown');
    expect(value(all.get('aws_db_instance.write_only_variable')!.masterPasswordSource)).toBe('secret-parameter');
    expect(value(all.get('aws_db_instance.none')!.masterPasswordSource)).toBe('none');
  });

  it('leaves the encryption of a replica or a restored database to its source', () => {
    const all = instances(`resource "aws_db_instance" "replica" {
  replicate_source_db = "orders"
}

resource "aws_db_instance" "restored" {
  snapshot_identifier = "orders-final"
}

resource "aws_db_instance" "new" {
  engine = "mysql"
}
`);
    expect(all.get('aws_db_instance.replica')!.readReplica).toBe(true);
    expect(value(all.get('aws_db_instance.replica')!.storageEncrypted)).toBe('unknown');
    expect(value(all.get('aws_db_instance.restored')!.storageEncrypted)).toBe('unknown');
    expect(value(all.get('aws_db_instance.new')!.storageEncrypted)).toBe('absent');
  });

  it('keeps the data on destroy with a final snapshot or prevent_destroy, not with skip_final_snapshot', () => {
    const all = instances(`resource "aws_db_instance" "default" {
  engine = "mysql"
}

resource "aws_db_instance" "skipped" {
  skip_final_snapshot = true
}

resource "aws_db_instance" "guarded" {
  skip_final_snapshot = true
  lifecycle {
    prevent_destroy = true
  }
}
`);
    expect(value(all.get('aws_db_instance.default')!.retainOnDelete)).toBe(true);
    expect(all.get('aws_db_instance.skipped')!.retainOnDelete.property).toBe('skip_final_snapshot');
    expect(all.get('aws_db_instance.skipped')!.deletionControl).toBe('guard');
    expect(value(all.get('aws_db_instance.skipped')!.retainOnDelete)).toBe(false);
    expect(value(all.get('aws_db_instance.guarded')!.retainOnDelete)).toBe(true);
  });

  it('links a proxy target and max_connections of the parameter group it names', () => {
    const all = instances(`resource "aws_db_parameter_group" "orders" {
  family = "postgres16"
  parameter {
    name  = "max_connections"
    value = 400
  }
}

resource "aws_db_instance" "orders" {
  engine               = "postgres"
  parameter_group_name = aws_db_parameter_group.orders.name
}

resource "aws_db_proxy_target" "orders" {
  db_proxy_name          = "orders"
  target_group_name      = "default"
  db_instance_identifier = aws_db_instance.orders.identifier
}
`);
    const orders = all.get('aws_db_instance.orders')!;
    expect(orders.behindProxy).toBe(true);
    expect(where(orders.maxConnections)).toEqual({ value: 400, line: 5, property: 'value' });
  });
});

describe('aws_rds_cluster and aws_rds_cluster_instance', () => {
  it('reads the cluster password from master_password, and auto_minor_version_upgrade of a Multi-AZ DB cluster', () => {
    const all = clusters(`resource "aws_rds_cluster" "literal" {
  engine          = "aurora-postgresql"
  master_password = "hunter2hunter2"
}

resource "aws_rds_cluster" "write_only" {
  engine                     = "aurora-postgresql"
  master_password_wo         = var.password
  master_password_wo_version = 1
}

resource "aws_rds_cluster" "ledger" {
  engine                     = "postgres"
  db_cluster_instance_class  = "db.m6gd.large"
  auto_minor_version_upgrade = false
}

variable "password" {
  type = string
}
`);
    expect(where(all.get('aws_rds_cluster.literal')!.masterPasswordSource)).toEqual({ value: 'literal', line: 3, property: 'master_password' });
    expect(value(all.get('aws_rds_cluster.write_only')!.masterPasswordSource)).toBe('secret-parameter');
    const ledger = all.get('aws_rds_cluster.ledger')!;
    expect(ledger.multiAzDbCluster).toBe(true);
    expect(where(ledger.autoMinorVersionUpgrade)).toEqual({ value: false, line: 15, property: 'auto_minor_version_upgrade' });
    expect(all.get('aws_rds_cluster.literal')!.multiAzDbCluster).toBe(false);
  });

  it('always encrypts Aurora Serverless v1', () => {
    const legacy = clusters(`resource "aws_rds_cluster" "legacy" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}
`).get('aws_rds_cluster.legacy')!;
    expect(where(legacy.storageEncrypted)).toEqual({ value: true, line: 3, property: 'engine_mode' });
  });

  it("gives members their cluster's engine and Performance Insights when they write neither themselves", () => {
    const model = modelOf(`resource "aws_rds_cluster" "analytics" {
  engine                       = "aurora-mysql"
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.t3.medium"
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier           = aws_rds_cluster.analytics.id
  engine                       = aws_rds_cluster.analytics.engine
  instance_class               = "db.r7g.large"
  performance_insights_enabled = false
}
`);
    const [writer, reader] = model.of('aws.rds.instance');
    expect(writer!.clusterMember).toBe(true);
    expect(writer!.cluster).toBe('aws_rds_cluster.analytics');
    expect(where(writer!.engine)).toEqual({ value: 'aurora-mysql', line: 2, property: 'engine' });
    expect(where(writer!.performanceInsights)).toEqual({ value: true, line: 3, property: 'performance_insights_enabled' });
    expect(value(reader!.performanceInsights)).toBe(false);
  });
});
