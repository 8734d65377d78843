/** AWS::EKS::Nodegroup: the instance types and AMI type of a managed node group. */
import type { EksNodeGroup } from '../../model/aws/compute.ts';
import type { CfnMapper } from '../mapper.ts';
import { text, textList } from '../read.ts';

const eksNodeGroups: CfnMapper = {
  types: ['AWS::EKS::Nodegroup'],
  kinds: ['aws.eks.node-group'],

  build(reader, base) {
    const group: EksNodeGroup = {
      ...base,
      kind: 'aws.eks.node-group',
      instanceTypes: textList(reader.get('InstanceTypes')),
      amiType: text(reader.get('AmiType')),
      launchTemplate: reader.get('LaunchTemplate').value !== undefined,
      capacityType: text(reader.get('CapacityType')),
    };
    return group;
  },
};
export default eksNodeGroups;
