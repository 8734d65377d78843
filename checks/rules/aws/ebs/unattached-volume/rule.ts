import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-EBS-UNATTACHED-VOLUME',
  title: 'EBS volumes are attached to an instance',
  problem: 'EBS volume is not attached to any instance',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'An EBS volume is billed for its provisioned size (and IOPS and throughput) whether or not an instance uses it. A volume the stack creates but never attaches, through a volume attachment or an instance Volumes entry, is paid for and does nothing; a volume attached by other means (user data, a custom resource) is left alone.',
  guide: 'release-unused-resources',
  reads: ['aws.ebs.volume'],
  messages: {
    unattached: 'EBS volume {volume} is not attached to any instance in this stack',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::VolumeAttachment
Properties:
  InstanceId: !Ref Server
  VolumeId: !Ref Data
  Device: /dev/sdf`,
    terraform: `resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.server.id
}`,
  },
  equivalents: { kics: ['1819ac03-542b-4026-976b-f37addd59f3b'] },

  check(model, report) {
    for (const volume of model.of('aws.ebs.volume')) if (volume.attached === false) report(volume, volume.at, 'unattached', { volume: volume.name });
  },
});
