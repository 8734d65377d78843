import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';

/** EKS starts managed nodes on this type when neither the group nor its launch template names one. */
const defaultInstanceType = 't3.medium';

/** AMI types that cannot run on Graviton, or that the author builds (`CUSTOM`). */
const notGravitonCapable = /WINDOWS|GPU|NVIDIA|NEURON|CUSTOM/i;

export default defineRule({
  id: 'AWS-EKS-NODEGROUP-GRAVITON',
  title: 'EKS managed node groups run on Graviton (arm64) instances',
  problem: 'EKS managed node group runs on x86 instance types',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Graviton instances use up to 60% less energy than comparable x86 instances for the same performance and cost less per hour. EKS publishes arm64 AMI types for Amazon Linux and Bottlerocket, and most cluster add-ons and public images are multi-architecture; without instance types a managed node group launches t3.medium.',
  guide: 'graviton-compute',
  reads: ['aws.eks.node-group'],
  messages: {
    x86: 'node group {group} runs {type}; consider the Graviton type {suggestion} with an arm64 AMI type',
    defaultType: 'node group {group} does not set {property}, so it runs `t3.medium`; consider `t4g.medium` with an arm64 AMI type',
  },
  fix: {
    cloudformation: `Type: AWS::EKS::Nodegroup
Properties:
  InstanceTypes: [m7g.large]
  AmiType: AL2023_ARM_64_STANDARD`,
    terraform: `resource "aws_eks_node_group" "apps" {
  instance_types = ["m7g.large"]
  ami_type       = "AL2023_ARM_64_STANDARD"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const group of model.of('aws.eks.node-group')) {
      const amiType = group.amiType;
      if (amiType.state === 'unknown' || (amiType.state === 'known' && (/ARM/i.test(amiType.value) || notGravitonCapable.test(amiType.value)))) continue;
      const types = group.instanceTypes;
      if (types.state === 'absent') {
        // A launch template may name the instance type.
        if (!group.launchTemplate && gravitonAlternative('ec2', defaultInstanceType)) report(group, types.at, 'defaultType', { group: group.name, property: propertyName(types, 'InstanceTypes') });
        continue;
      }
      if (types.state !== 'known') continue;
      for (const type of types.value) {
        const suggestion = gravitonAlternative('ec2', type);
        if (suggestion) {
          report(group, types.at, 'x86', { group: group.name, type, suggestion });
          break;
        }
      }
    }
  },
});
