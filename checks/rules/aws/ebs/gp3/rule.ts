import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { ebsSites } from '../../ec2/compute-settings.ts';

/** The EBS default for a new volume that names no type. */
const defaultVolumeType = 'gp2';

export default defineRule({
  id: 'AWS-EBS-GP3',
  title: 'EBS volumes use gp3 rather than gp2',
  problem: 'EBS volume uses gp2 rather than gp3',
  pillar: 'cost',
  severity: 'medium',
  rationale:
    'gp3 costs about 20% less per GiB than gp2 and gives a baseline of 3,000 IOPS and 125 MiB/s regardless of size, where gp2 ties performance to volume size. Existing volumes can be changed to gp3 in place with Elastic Volumes, without downtime.',
  guide: 'gp3-volumes',
  reads: ['aws.ebs.volume', 'aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    notSet: '{volume} does not set {property}, so it is created as `gp2`; use `gp3`',
    gp2: '{volume} uses `gp2`; `gp3` is cheaper per GiB with a 3,000 IOPS baseline',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::Volume
Properties:
  VolumeType: gp3
  Size: 100
  Iops: 3000          # optional, 3000 is the included baseline
  Throughput: 125     # optional, MiB/s`,
    terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const { resource, label, settings } of ebsSites(model)) {
      const volumeType = settings.volumeType;
      if (effective(volumeType, defaultVolumeType) !== 'gp2') continue;
      if (volumeType.state === 'absent') report(resource, volumeType.at, 'notSet', { volume: label, property: propertyName(volumeType, 'VolumeType') });
      else report(resource, volumeType.at, 'gp2', { volume: label });
    }
  },
});
