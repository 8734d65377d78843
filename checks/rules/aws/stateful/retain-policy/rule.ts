import type { Attr, ResourceBase } from '../../../../model/types.ts';
import { isKnown } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../../rds/databases.ts';

interface StatefulResource {
  resource: ResourceBase & { retainOnDelete: Attr<boolean> };
  label: string;
  /** Why the policy is Delete, and what to set instead: RDS defaults to a final snapshot, the others are deleted unless retained. */
  policy: string;
}

const byDefault = "DeletionPolicy is Delete, CloudFormation's default for this type; use Retain";

export default defineRule({
  id: 'AWS-STATEFUL-RETAIN-POLICY',
  title: 'Databases, tables and file systems survive stack deletion',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'When a stack is deleted, or a resource is removed from the template, CloudFormation deletes the resource according to its DeletionPolicy: with Delete (the default for DynamoDB tables and EFS file systems) the data goes with it and cannot be recovered. Retain (or Snapshot for RDS) keeps the data when the stack changes; set UpdateReplacePolicy the same way so a replacement does not discard it either.',
  guide: 'protect-against-deletion',
  reads: ['aws.rds.instance', 'aws.rds.cluster', 'aws.dynamodb.table', 'aws.efs.file-system'],
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
      ...dataHolders(model).map((database) => ({ resource: database, label: describe(database), policy: 'DeletionPolicy is Delete; use Snapshot or Retain' })),
      ...model.of('aws.dynamodb.table').map((table) => ({ resource: table, label: `DynamoDB table ${table.name}`, policy: byDefault })),
      ...model.of('aws.efs.file-system').map((fileSystem) => ({ resource: fileSystem, label: `EFS file system ${fileSystem.name}`, policy: byDefault })),
    ];
    for (const { resource, label, policy } of stateful)
      if (isKnown(resource.retainOnDelete, false)) report(resource, resource.retainOnDelete.at, `${label} and its data are deleted with the stack: ${policy}`);
  },
});
