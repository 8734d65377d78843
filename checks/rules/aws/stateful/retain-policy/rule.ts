import type { KeepsData, ResourceBase } from '../../../../model/types.ts';
import { isKnown } from '../../../../model/types.ts';
import { propertyName, type Phrase } from '../../../message.ts';
import { phrase } from '../../phrases.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../../rds/databases.ts';

interface StatefulResource {
  resource: ResourceBase & KeepsData;
  label: Phrase;
  /** RDS can keep a final snapshot; the others are deleted (their default) unless retained or guarded. */
  snapshots: boolean;
}

export default defineRule({
  id: 'AWS-STATEFUL-RETAIN-POLICY',
  title: 'Databases, tables and file systems survive stack deletion',
  problem: 'Database, table or file system is deleted with its stack',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'When a stack is deleted, or a resource is removed from the template, CloudFormation deletes the resource according to its DeletionPolicy: with Delete (the default for DynamoDB tables and EFS file systems) the data goes with it and cannot be recovered. Retain (or Snapshot for RDS) keeps the data when the stack changes; set UpdateReplacePolicy the same way so a replacement does not discard it either.',
  guide: 'protect-against-deletion',
  reads: ['aws.rds.instance', 'aws.rds.cluster', 'aws.dynamodb.table', 'aws.efs.file-system'],
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
  equivalents: {},

  check(model, report) {
    const stateful: StatefulResource[] = [
      ...dataHolders(model).map((database) => ({ resource: database, label: describe(database), snapshots: true })),
      ...model.of('aws.dynamodb.table').map((table) => ({ resource: table, label: phrase('dynamodbTable', { name: table.name }), snapshots: false })),
      ...model.of('aws.efs.file-system').map((fileSystem) => ({ resource: fileSystem, label: phrase('efsFileSystem', { name: fileSystem.name }), snapshots: false })),
    ];
    for (const { resource, label, snapshots } of stateful) {
      const retain = resource.retainOnDelete;
      if (!isKnown(retain, false)) continue;
      if (resource.deletionControl === 'policy') report(resource, retain.at, snapshots ? 'useSnapshot' : 'useRetain', { resource: label });
      // A guarded RDS database lost its data only by skipping the final snapshot, which the attribute names.
      else report(resource, retain.at, snapshots ? 'snapshotSkipped' : 'unguarded', { resource: label, property: propertyName(retain, snapshots ? 'skip_final_snapshot' : 'prevent_destroy') });
    }
  },
});
