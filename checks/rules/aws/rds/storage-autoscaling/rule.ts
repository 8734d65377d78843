import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';

/** Aurora storage grows by itself, and RDS Custom manages its own volumes. */
const ownStorage = /^(aurora|custom-)/;

export default defineRule({
  id: 'AWS-RDS-STORAGE-AUTOSCALING',
  title: 'RDS instances grow their storage automatically instead of over-provisioning it',
  problem: 'RDS instance has storage autoscaling turned off',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Allocated RDS storage can be increased but never reduced, so an instance without autoscaling is usually given years of headroom on day one, and that unused capacity is reserved and billed for its whole life. With a maximum storage threshold, RDS adds space on its own when free space runs low, so the instance can start at what the data needs today and grow only as it does.',
  guide: 'database-rightsizing',
  reads: ['aws.rds.instance'],
  messages: {
    notSet: '{database} does not set {property}, so its storage never grows by itself',
    zero: '{property} is `0` on {database}, which turns storage autoscaling off',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  AllocatedStorage: "100"      # what the data needs now
  MaxAllocatedStorage: 1000    # ceiling RDS may grow to`,
    terraform: `resource "aws_db_instance" "this" {
  allocated_storage     = 100    # what the data needs now
  max_allocated_storage = 1000   # ceiling RDS may grow to
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const instance of model.of('aws.rds.instance')) {
      // Cluster members use the cluster's storage, and read replicas follow their source's growth.
      if (instance.clusterMember || instance.readReplica) continue;
      if (instance.engine.state === 'known' && ownStorage.test(instance.engine.value)) continue;
      // Magnetic storage is a previous generation with its own rule; autoscaling is for SSD storage.
      if (instance.storageType.state === 'known' && instance.storageType.value === 'standard') continue;
      const limit = instance.maxAllocatedStorage;
      if (effective(limit, 0) !== 0) continue;
      report(instance, limit.at, limit.state === 'absent' ? 'notSet' : 'zero', {
        database: phrase('dbInstance', { name: instance.name }),
        property: propertyName(limit, 'MaxAllocatedStorage'),
      });
    }
  },
});
