import { effective, type Attr } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { launchSettings } from '../compute-settings.ts';

/** `Monitoring.Enabled` where the setting sits in a block (launch templates), else the property itself. */
const settingOf = (attr: Attr<boolean>): string => {
  const property = propertyName(attr, 'Monitoring');
  return attr.block === undefined ? property : `${attr.block}.${property}`;
};

export default defineRule({
  id: 'AWS-EC2-DETAILED-MONITORING',
  title: 'EC2 instances and launch templates turn on detailed monitoring',
  problem: 'EC2 instance or launch template uses basic (5-minute) monitoring',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'With basic monitoring EC2 publishes instance metrics every five minutes, so alarms and target-tracking scaling see a CPU spike up to five minutes late and average it away. Detailed monitoring sends the same metrics every minute for a small per-metric charge. Launch configurations turn it on by default; instances and launch templates do not.',
  guide: 'alarms-on-key-metrics',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    notSet: '{launcher} does not set {setting}, so its metrics arrive every 5 minutes (the default is `false`)',
    off: '{setting} is `false` on {launcher}, so its metrics arrive every 5 minutes',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::LaunchTemplate
Properties:
  LaunchTemplateData:
    Monitoring:
      Enabled: true
# AWS::EC2::Instance: Monitoring: true`,
    terraform: `resource "aws_launch_template" "app" {
  monitoring {
    enabled = true
  }
}
# aws_instance: monitoring = true`,
  },
  equivalents: { checkov: ['CKV_AWS_126'] },

  check(model, report) {
    for (const { launcher, attr, resource } of launchSettings(model, 'detailedMonitoring', (resource) => resource.detailedMonitoring)) {
      const legacy = resource.kind === 'aws.ec2.launch-template' && resource.legacyConfiguration;
      if (effective(attr, legacy) !== false) continue;
      report(launcher.resource, attr.at, attr.state === 'absent' ? 'notSet' : 'off', { launcher: launcher.label, setting: settingOf(attr) });
    }
  },
});
