/** `aws_eks_cluster`: how far its Kubernetes API endpoint is exposed (`vpc_config`); `aws_eks_node_group`: what its nodes run. */
import type { EksCluster, EksNodeGroup } from '../../../model/aws/compute.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, text, textList } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const eks: Mapper<TfReader> = {
  types: ['aws_eks_cluster', 'aws_eks_node_group'],
  kinds: ['aws.eks.cluster', 'aws.eks.node-group'],

  build(reader, base) {
    if (reader.resource.type === 'aws_eks_node_group') {
      const group: EksNodeGroup = {
        ...base,
        kind: 'aws.eks.node-group',
        instanceTypes: textList(reader.get('instance_types')),
        amiType: text(reader.get('ami_type')),
        launchTemplate: reader.get('launch_template').value !== undefined,
        capacityType: text(reader.get('capacity_type')),
      };
      return group;
    }
    const vpc = reader.get('vpc_config');
    const cluster: EksCluster = {
      ...base,
      kind: 'aws.eks.cluster',
      endpointPublicAccess: bool(reader.field(vpc, 'endpoint_public_access')),
      publicAccessCidrs: textList(reader.field(vpc, 'public_access_cidrs')),
    };
    return cluster;
  },
};
export default eks;
