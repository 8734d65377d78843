import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Engines that cannot run Multi-AZ: SQL Server Express edition. */
const singleZoneOnly = new Set(['sqlserver-ex']);

export default defineRule({
  id: 'AWS-RDS-MULTI-AZ',
  title: 'RDS instances run Multi-AZ with a standby in a second zone',
  problem: 'RDS instance runs in a single Availability Zone',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'A single-AZ instance is down for as long as its host, storage or Availability Zone is, and every restart for patching or scaling is an outage. Multi-AZ keeps a synchronously replicated standby in another zone and fails over to it automatically, typically within one to two minutes.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.rds.instance'],
  messages: {
    notSet: 'DB instance {instance} does not set {property}, so it runs in a single Availability Zone (the default)',
    off: '{property} is `false` on DB instance {instance}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  MultiAZ: true`,
    terraform: `resource "aws_db_instance" "this" {
  multi_az = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_157'], kics: ['2b1d4935-9acf-48a7-8466-10d18bf51a69'] },

  check(model, report) {
    for (const instance of model.of('aws.rds.instance')) {
      // Cluster members get their resilience from the cluster; read replicas are copies of a database checked on its own.
      if (instance.clusterMember || instance.readReplica) continue;
      if (instance.engine.state === 'known' && singleZoneOnly.has(instance.engine.value)) continue;
      // Aurora keeps six copies of the data across three zones at the cluster level and ignores an instance's
      // MultiAZ; its availability comes from replicas in the cluster, not from this setting.
      if (instance.engine.state === 'known' && instance.engine.value.startsWith('aurora')) continue;
      const multiAz = instance.multiAz;
      if (effective(multiAz, false) !== false) continue;
      report(instance, multiAz.at, multiAz.state === 'absent' ? 'notSet' : 'off', { instance: instance.name, property: propertyName(multiAz, 'MultiAZ') });
    }
  },
});
