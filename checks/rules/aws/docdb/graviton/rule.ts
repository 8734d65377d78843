import { phrase } from '../../phrases.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';

export default defineRule({
  id: 'AWS-DOCDB-GRAVITON',
  title: 'DocumentDB instances use Graviton instance classes',
  problem: 'DocumentDB instance uses an x86 instance class where a Graviton class would do',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'DocumentDB offers Graviton (arm64) classes, db.r6g, db.r8g and db.t4g, at a lower hourly price than the matching db.r5 and db.t3 classes, and Graviton uses less energy for the same work. The engine is managed, so the move is a class change with a restart, one replica at a time; engine 3.6 has no Graviton classes and is left alone.',
  guide: 'graviton-compute',
  reads: ['aws.docdb.instance'],
  messages: {
    x86: '{instance} uses {instanceClass} ({property}); consider the Graviton class {alternative}',
  },
  fix: {
    cloudformation: `Type: AWS::DocDB::DBInstance
Properties:
  DBClusterIdentifier: !Ref CatalogCluster
  DBInstanceClass: db.r6g.large      # was db.r5.large`,
    terraform: `resource "aws_docdb_cluster_instance" "this" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.r6g.large" # was db.r5.large
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const instance of model.of('aws.docdb.instance')) {
      const { instanceClass, clusterEngineVersion } = instance;
      if (instanceClass.state !== 'known') continue;
      // Engine 3.6 runs on x86 classes only; an unknown version could be 3.6.
      if (clusterEngineVersion.state === 'unknown' || (clusterEngineVersion.state === 'known' && clusterEngineVersion.value.startsWith('3.'))) continue;
      const alternative = gravitonAlternative('docdb', instanceClass.value);
      if (alternative) {
        report(instance, instanceClass.at, 'x86', {
          instance: phrase('dbInstance', { name: instance.name }),
          instanceClass: instanceClass.value,
          property: propertyName(instanceClass, 'DBInstanceClass'),
          alternative,
        });
      }
    }
  },
});
