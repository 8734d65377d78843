import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { ebsSites, launchTemplateLabel } from '../../ec2/compute-settings.ts';
import type { Model } from '../../../../model/model.ts';
import { phrase } from '../../phrases.ts';

/**
 * Instances (not launched from a template) and launch configurations that declare no EBS block device: their root
 * volume comes from the AMI's block device mapping, encrypted only if its snapshot is or the account encrypts by default.
 */
function launchersWithoutVolumes(model: Model) {
  const instances = model
    .of('aws.ec2.instance')
    .filter((instance) => !instance.launchTemplate && !instance.encryptedByDefault && instance.blockDevices.length === 0)
    .map((instance) => ({ resource: instance, label: phrase('instance', { name: instance.name }) }));
  const configurations = model
    .of('aws.ec2.launch-template')
    .filter((template) => template.legacyConfiguration && !template.encryptedByDefault && template.blockDevices.length === 0)
    .map((template) => ({ resource: template, label: launchTemplateLabel(template) }));
  return [...instances, ...configurations];
}

export default defineRule({
  id: 'AWS-EBS-ENCRYPTION',
  title: 'EBS volumes and block devices are encrypted',
  problem: 'EBS volume or block device is not encrypted',
  pillar: 'security',
  severity: 'high',
  rationale:
    'An unencrypted EBS volume leaves its data, and every snapshot taken from it, readable to anyone who obtains a copy, for example through a snapshot shared by mistake. EBS encryption with KMS costs nothing extra, has no noticeable performance impact, and cannot be switched on for an existing volume without copying it.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.ebs.volume', 'aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    off: '{property} is `false` on {volume}',
    notSet: '{volume} does not set {property}, so it is created unencrypted unless EBS encryption by default is on in the account',
    rootFromImage: "{launcher} declares no EBS block devices, so whether its root volume is encrypted depends on the AMI's snapshot or on EBS encryption by default in the account",
  },
  // Not known to be unencrypted: many AMIs and accounts encrypt the root volume without the template saying so.
  messageSeverity: { rootFromImage: 'low' },
  fix: {
    cloudformation: `Type: AWS::EC2::Volume
Properties:
  Encrypted: true
  KmsKeyId: !Ref DataKey     # optional: a customer managed key
# Block devices of instances and launch templates:
BlockDeviceMappings:
  - DeviceName: /dev/xvda
    Ebs:
      Encrypted: true`,
    terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

# Or for every new volume in the region:
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
    trivy: ['AVD-AWS-0026', 'AVD-AWS-0131', 'AVD-AWS-0008'],
    kics: ['80b7ac3f-d2b7-4577-9b10-df7913497162'],
    cfn_nag: ['F1'],
  },

  check(model, report) {
    for (const { resource, label, settings } of ebsSites(model)) {
      const encrypted = settings.encrypted;
      const params = { volume: label, property: propertyName(encrypted, 'Encrypted') };
      if (encrypted.state === 'known' && !encrypted.value) report(resource, encrypted.at, 'off', params);
      else if (encrypted.state === 'absent') report(resource, encrypted.at, 'notSet', params);
    }
    for (const { resource, label } of launchersWithoutVolumes(model)) report(resource, resource.at, 'rootFromImage', { launcher: label });
  },
});
