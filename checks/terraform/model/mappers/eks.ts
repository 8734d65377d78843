/** `aws_eks_cluster`: how far its Kubernetes API endpoint is exposed (`vpc_config`). */
import type { EksCluster } from '../../../model/aws/compute.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, textList } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const eks: Mapper<TfReader> = {
  types: ['aws_eks_cluster'],
  kinds: ['aws.eks.cluster'],

  build(reader, base) {
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
