import { isKnown } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-RDS-STORAGE-GP3',
  title: 'RDS instances use gp3 rather than gp2 storage',
  problem: 'RDS instance uses gp2 rather than gp3 storage',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'On RDS, gp3 costs the same per GB as gp2 but includes a baseline of 3,000 IOPS and 125 MiB/s at any size (more above 400 GiB on most engines), and extra IOPS can be bought separately. With gp2, IOPS grow only with size (3 per GiB), so databases are often over-allocated just to get throughput; moving to gp3 is an online change.',
  guide: 'gp3-volumes',
  reads: ['aws.rds.instance'],
  messages: {
    gp2: '{property} is `gp2` on DB instance {instance}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  StorageType: gp3
  AllocatedStorage: "100"          # size for the data, not for IOPS`,
    terraform: `resource "aws_db_instance" "this" {
  storage_type      = "gp3"
  allocated_storage = 100
}`,
  },
  equivalents: {},

  check(model, report) {
    // Only an explicit gp2: recent RDS API versions default to gp3 when no storage type is given.
    for (const instance of model.of('aws.rds.instance'))
      if (!instance.clusterMember && isKnown(instance.storageType, 'gp2'))
        report(instance, instance.storageType.at, 'gp2', { property: propertyName(instance.storageType, 'StorageType'), instance: instance.name });
  },
});
