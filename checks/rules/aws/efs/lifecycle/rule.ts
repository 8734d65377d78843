import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';

export default defineRule({
  id: 'AWS-EFS-LIFECYCLE',
  title: 'EFS file systems move cold files to Infrequent Access',
  problem: 'EFS file system keeps every file in Standard storage',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Most files on a shared file system are rarely read a few weeks after they are written. Without a lifecycle policy every file stays in EFS Standard; TransitionToIA moves files not accessed for the chosen period to Infrequent Access, which costs far less per GiB and needs less provisioned high-performance storage, and TransitionToArchive can move them further. The API and infrastructure-as-code default is no transition (only the console proposes one).',
  guide: 'right-size-storage-tiers',
  reads: ['aws.efs.file-system'],
  messages: {
    none: '{fileSystem} has no {property} lifecycle policy, so every file stays in Standard storage',
  },
  fix: {
    cloudformation: `Type: AWS::EFS::FileSystem
Properties:
  LifecyclePolicies:
    - TransitionToIA: AFTER_30_DAYS
    - TransitionToArchive: AFTER_90_DAYS        # optional: Elastic throughput only
    - TransitionToPrimaryStorageClass: AFTER_1_ACCESS`,
    terraform: `resource "aws_efs_file_system" "shared" {
  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
  lifecycle_policy {
    transition_to_primary_storage_class = "AFTER_1_ACCESS"
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const fileSystem of model.of('aws.efs.file-system')) {
      const transition = fileSystem.transitionToIa;
      if (transition.state !== 'absent') continue;
      report(fileSystem, transition.at, 'none', { fileSystem: phrase('efsFileSystem', { name: fileSystem.name }), property: propertyName(transition, 'TransitionToIA') });
    }
  },
});
