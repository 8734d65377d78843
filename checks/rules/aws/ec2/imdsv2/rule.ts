import { effective } from '../../../../model/types.ts';
import { blockName, propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { launchSettings } from '../compute-settings.ts';

/** Without HttpTokens, EC2 accepts IMDSv1 (unless the AMI or the account default says otherwise). */
const defaultHttpTokens = 'optional';

export default defineRule({
  id: 'AWS-EC2-IMDSV2',
  title: 'EC2 instances and launch templates require IMDSv2',
  problem: 'EC2 instance or launch template allows IMDSv1',
  pillar: 'security',
  severity: 'high',
  rationale:
    'IMDSv1 answers plain GET requests, so a server-side request forgery or an open proxy on the instance can read the IAM role credentials from the metadata service. Requiring IMDSv2 session tokens (HttpTokens: required) blocks that path; current AWS SDKs and agents already use IMDSv2.',
  guide: 'ec2-instance-metadata-v2',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    notSet: '{launcher} does not set {block} {property}, so IMDSv1 stays available (the default is `optional`)',
    optional: '{property} is {tokens} on {launcher}, so IMDSv1 stays available',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::LaunchTemplate
Properties:
  LaunchTemplateData:
    MetadataOptions:
      HttpTokens: required
      HttpPutResponseHopLimit: 2   # 2 lets containers on the host reach IMDS
# AWS::EC2::Instance and AWS::AutoScaling::LaunchConfiguration take the same MetadataOptions.`,
    terraform: `resource "aws_launch_template" "app" {
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_79'], trivy: ['AVD-AWS-0028', 'AVD-AWS-0130'] },

  check(model, report) {
    for (const { launcher, attr, resource } of launchSettings(model, 'metadataHttpTokens', (resource) => resource.metadataHttpTokens)) {
      // With the endpoint off there is no metadata service to abuse.
      if (resource.metadataEndpoint.state === 'known' && resource.metadataEndpoint.value.toLowerCase() === 'disabled') continue;
      const tokens = effective(attr, defaultHttpTokens);
      if (tokens === undefined || tokens.toLowerCase() === 'required') continue;
      const property = propertyName(attr, 'HttpTokens');
      if (attr.state === 'absent') report(launcher.resource, attr.at, 'notSet', { launcher: launcher.label, block: blockName(attr, 'MetadataOptions'), property });
      else report(launcher.resource, attr.at, 'optional', { launcher: launcher.label, property, tokens });
    }
  },
});
