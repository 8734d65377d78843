import { defineRule } from '../../../rule.ts';
import { ebsSites } from '../../ec2/compute-settings.ts';

export default defineRule({
  id: 'AWS-EBS-IO2',
  title: 'Provisioned IOPS volumes use io2 rather than io1',
  problem: 'EBS volume uses io1 rather than io2',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'io2 volumes (now all io2 Block Express) cost the same per GiB as io1 and the same or less per provisioned IOPS, yet allow up to 1,000 IOPS per GiB and 256,000 IOPS per volume where io1 stops at 50 per GiB and 64,000, with lower latency and 99.999% durability instead of 99.8-99.9%. A volume can be changed to io2 in place with Elastic Volumes. Launch configurations do not accept io2, so they are left to the launch-configuration check.',
  guide: 'choose-the-right-storage',
  reads: ['aws.ebs.volume', 'aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    io1: '{volume} uses `io1`; `io2` gives more IOPS per GiB and higher durability for the same or a lower price',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::Volume
Properties:
  VolumeType: io2
  Size: 500
  Iops: 16000`,
    terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "io2"
  iops              = 16000
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const { resource, label, settings } of ebsSites(model)) {
      // Launch configurations accept only standard, io1, gp2, gp3, st1 and sc1.
      if (resource.kind === 'aws.ec2.launch-template' && 'legacyConfiguration' in resource && resource.legacyConfiguration) continue;
      const volumeType = settings.volumeType;
      if (volumeType.state === 'known' && volumeType.value.toLowerCase() === 'io1') report(resource, volumeType.at, 'io1', { volume: label });
    }
  },
});
