import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ASG-MULTI-AZ',
  title: 'Auto Scaling groups span at least two Availability Zones',
  problem: 'Auto Scaling group launches into a single Availability Zone',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'An Auto Scaling group confined to one Availability Zone (one zone or one subnet) loses every instance when that zone is impaired, and cannot relaunch them elsewhere. With two or more zones the group rebalances capacity into the healthy zones on its own.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.autoscaling.group'],
  messages: {
    oneZone: 'Auto Scaling group {group} can launch into only one Availability Zone (a single subnet or zone)',
  },
  fix: {
    cloudformation: `Type: AWS::AutoScaling::AutoScalingGroup
Properties:
  VPCZoneIdentifier:          # one subnet per Availability Zone
    - !Ref PrivateSubnetA
    - !Ref PrivateSubnetB
    - !Ref PrivateSubnetC`,
    terraform: `resource "aws_autoscaling_group" "app" {
  vpc_zone_identifier = [
    aws_subnet.private_a.id,
    aws_subnet.private_b.id,
    aws_subnet.private_c.id,
  ]
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const group of model.of('aws.autoscaling.group')) {
      const zones = group.zoneCount;
      // Zero items is a placeholder list (an empty parameter default), not a one-zone group.
      if (zones.state === 'known' && zones.value === 1) report(group, zones.at, 'oneZone', { group: group.name });
    }
  },
});
