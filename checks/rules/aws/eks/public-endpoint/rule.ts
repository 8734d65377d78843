import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { isWholeInternet } from '../../../cidr.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-EKS-PUBLIC-ENDPOINT',
  title: 'EKS cluster API endpoints are not open to the whole internet',
  problem: 'EKS cluster API endpoint is open to the whole internet',
  pillar: 'security',
  severity: 'high',
  rationale:
    'By default an EKS cluster API server endpoint is public and accepts connections from 0.0.0.0/0, so anyone can probe it and any leaked credential or API server vulnerability is exploitable from anywhere. Turn on the private endpoint and turn off the public one, or restrict PublicAccessCidrs to the networks that administer the cluster.',
  guide: 'kubernetes-control-plane-access',
  reads: ['aws.eks.cluster'],
  messages: {
    openCidr: 'cluster {cluster} has a public API endpoint open to {cidr}',
    publicByDefault: 'cluster {cluster} has an API endpoint that is public by default and sets no {property}, so it is open to `0.0.0.0/0`',
    public: 'cluster {cluster} has an API endpoint that is public and sets no {property}, so it is open to `0.0.0.0/0`',
  },
  fix: {
    cloudformation: `Type: AWS::EKS::Cluster
Properties:
  ResourcesVpcConfig:
    SubnetIds: !Ref PrivateSubnets
    EndpointPrivateAccess: true
    EndpointPublicAccess: false
    # or keep it public but narrow: PublicAccessCidrs: [203.0.113.0/24]`,
    terraform: `resource "aws_eks_cluster" "main" {
  # ...
  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_38', 'CKV_AWS_39'], trivy: ['AVD-AWS-0040', 'AVD-AWS-0041'] },

  check(model, report) {
    for (const cluster of model.of('aws.eks.cluster')) {
      if (effective(cluster.endpointPublicAccess, true) !== true) continue;
      const cidrs = effective(cluster.publicAccessCidrs, ['0.0.0.0/0']);
      const open = cidrs?.find(isWholeInternet);
      if (open === undefined) continue;
      if (cluster.publicAccessCidrs.state === 'known') {
        report(cluster, cluster.publicAccessCidrs.at, 'openCidr', { cluster: cluster.name, cidr: open });
      } else {
        const property = propertyName(cluster.publicAccessCidrs, 'PublicAccessCidrs');
        report(cluster, cluster.endpointPublicAccess.at, cluster.endpointPublicAccess.state === 'absent' ? 'publicByDefault' : 'public', { cluster: cluster.name, property });
      }
    }
  },
});
