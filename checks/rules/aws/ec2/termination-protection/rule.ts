import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';

export default defineRule({
  id: 'AWS-EC2-TERMINATION-PROTECTION',
  title: 'Standalone EC2 instances have termination protection',
  problem: 'Standalone EC2 instance can be terminated by a single API call',
  pillar: 'reliability',
  severity: 'low',
  rationale:
    'An instance that no Auto Scaling group replaces is gone, with its instance-store data and any volume set to delete on termination, after one TerminateInstances call from the console, a script or a mistyped ID. DisableApiTermination makes that call fail until the flag is turned off on purpose; it does not stop a shutdown set to terminate, and Spot Instances cannot use it.',
  guide: 'protect-against-deletion',
  reads: ['aws.ec2.instance'],
  messages: {
    notSet: '{instance} does not set {property}, so one API call terminates it (the default is `false`)',
    off: '{property} is `false` on {instance}',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::Instance
Properties:
  DisableApiTermination: true`,
    terraform: `resource "aws_instance" "app" {
  disable_api_termination = true
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const instance of model.of('aws.ec2.instance')) {
      // Termination protection cannot be turned on for Spot Instances.
      if (instance.spot) continue;
      const protection = instance.terminationProtection;
      if (effective(protection, false) !== false) continue;
      const property = propertyName(protection, 'DisableApiTermination');
      report(instance, protection.at, protection.state === 'absent' ? 'notSet' : 'off', { instance: phrase('instance', { name: instance.name }), property });
    }
  },
});
