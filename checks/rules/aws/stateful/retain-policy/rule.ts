import type { KeepsData, ResourceBase } from '../../../../model/types.ts';
import { isKnown } from '../../../../model/types.ts';
import { propertyName, type Phrase } from '../../../message.ts';
import { phrase } from '../../phrases.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../../rds/databases.ts';

interface StatefulResource {
  resource: ResourceBase & KeepsData;
  label: Phrase;
  /** RDS accepts `DeletionPolicy: Snapshot`; the others are deleted (their default) unless retained or guarded. */
  snapshots: boolean;
  /** Terraform keeps a final snapshot unless `skip_final_snapshot` says otherwise (RDS and DocumentDB). */
  finalSnapshot: boolean;
}

export default defineRule({
  id: 'AWS-STATEFUL-RETAIN-POLICY',
  title: 'Databases, tables and file systems survive stack deletion',
  problem: 'Database, table or file system is deleted with its stack',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'When a stack is deleted, or a resource is removed from the template, CloudFormation deletes the resource according to its DeletionPolicy: with Delete (the default for DynamoDB tables, EFS file systems, DocumentDB clusters and OpenSearch domains) the data goes with it and cannot be recovered. Retain (or Snapshot for RDS) keeps the data when the stack changes; set UpdateReplacePolicy the same way so a replacement does not discard it either.',
  guide: 'protect-against-deletion',
  reads: ['aws.rds.instance', 'aws.rds.cluster', 'aws.dynamodb.table', 'aws.efs.file-system', 'aws.docdb.cluster', 'aws.opensearch.domain'],
  messages: {
    useSnapshot: '{resource} and its data are deleted with the stack: `DeletionPolicy` is `Delete`; use `Snapshot` or `Retain`',
    useRetain: "{resource} and its data are deleted with the stack: `DeletionPolicy` is `Delete`, CloudFormation's default for this type; use `Retain`",
    snapshotSkipped: '{resource} and its data are deleted when it is destroyed or replaced: {property} is `true`, so no final snapshot is kept',
    unguarded: '{resource} and its data are deleted when it is destroyed or replaced: {property} is not `true`',
  },
  fix: {
    cloudformation: `Orders:
  Type: AWS::DynamoDB::Table
  DeletionPolicy: Retain           # RDS: Snapshot or Retain
  UpdateReplacePolicy: Retain
  Properties:
    ...`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  # Terraform has no DeletionPolicy: block destroy instead
  lifecycle {
    prevent_destroy = true
  }
}`,
  },
  equivalents: { cfn_lint: ['I3011'] },

  check(model, report) {
    const stateful: StatefulResource[] = [
      ...dataHolders(model).map((database) => ({ resource: database, label: describe(database), snapshots: true, finalSnapshot: true })),
      ...model.of('aws.dynamodb.table').map((table) => ({ resource: table, label: phrase('dynamodbTable', { name: table.name }), snapshots: false, finalSnapshot: false })),
      ...model.of('aws.efs.file-system').map((fileSystem) => ({ resource: fileSystem, label: phrase('efsFileSystem', { name: fileSystem.name }), snapshots: false, finalSnapshot: false })),
      ...model.of('aws.docdb.cluster').map((cluster) => ({ resource: cluster, label: phrase('docdbCluster', { name: cluster.name }), snapshots: false, finalSnapshot: true })),
      ...model.of('aws.opensearch.domain').map((domain) => ({ resource: domain, label: phrase('opensearchDomain', { name: domain.name }), snapshots: false, finalSnapshot: false })),
    ];
    for (const { resource, label, snapshots, finalSnapshot } of stateful) {
      const retain = resource.retainOnDelete;
      if (!isKnown(retain, false)) continue;
      if (resource.deletionControl === 'policy') report(resource, retain.at, snapshots ? 'useSnapshot' : 'useRetain', { resource: label });
      // A guarded RDS or DocumentDB database lost its data only by skipping the final snapshot, which the attribute names.
      else report(resource, retain.at, finalSnapshot ? 'snapshotSkipped' : 'unguarded', { resource: label, property: propertyName(retain, finalSnapshot ? 'skip_final_snapshot' : 'prevent_destroy') });
    }
  },
});
