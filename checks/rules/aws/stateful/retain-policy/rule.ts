import type { Attr, ResourceBase } from '../../../../model/types.ts';
import { isKnown } from '../../../../model/types.ts';
import type { Phrase } from '../../../message.ts';
import { phrase } from '../../phrases.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../../rds/databases.ts';

interface StatefulResource {
  resource: ResourceBase & { retainOnDelete: Attr<boolean> };
  label: Phrase;
  /** What to set instead: RDS can keep a final snapshot; the others are deleted (their default) unless retained. */
  message: 'useSnapshot' | 'useRetain';
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
      ...dataHolders(model).map((database) => ({ resource: database, label: describe(database), message: 'useSnapshot' as const })),
      ...model.of('aws.dynamodb.table').map((table) => ({ resource: table, label: phrase('dynamodbTable', { name: table.name }), message: 'useRetain' as const })),
      ...model.of('aws.efs.file-system').map((fileSystem) => ({ resource: fileSystem, label: phrase('efsFileSystem', { name: fileSystem.name }), message: 'useRetain' as const })),
    ];
    for (const { resource, label, message } of stateful)
      if (isKnown(resource.retainOnDelete, false)) report(resource, resource.retainOnDelete.at, message, { resource: label });
  },
});
