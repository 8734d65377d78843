/**
 * Container services: ECR repositories (and registry-wide scanning rules that cover them), EKS clusters'
 * API endpoint exposure, ECS clusters' Container Insights.
 */
import type { EcsCluster, EksCluster } from '../../model/aws/compute.ts';
import type { EcrRepository } from '../../model/aws/storage.ts';
import { absent, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { applyRegistryScanRule } from '../../read/aws/ecr.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, text, textList, type ResourceReader } from '../read.ts';
import { presence } from './support/presence.ts';

/** Marks repositories of this stack that an `AWS::ECR::RegistryScanningConfiguration` rule scans on push. */
function applyRegistryScanning(reader: ResourceReader, links: Links): void {
  for (const rule of reader.items(reader.get('Rules'))) {
    const filters = reader.items(reader.field(rule, 'RepositoryFilters')).flatMap((filter) => knownText(reader.field(filter, 'Filter').value) ?? []);
    applyRegistryScanRule(links.model.of('aws.ecr.repository'), knownText(reader.field(rule, 'ScanFrequency').value), filters);
  }
}

/** The `containerInsights` entry of `ClusterSettings`; unknown when an entry's name cannot be read. */
function containerInsights(reader: ResourceReader): Attr<string> {
  const settings = reader.get('ClusterSettings');
  if (settings.value?.kind === 'unknown') return unknownAttr(settings.at);
  let undecided = false;
  for (const setting of reader.items(settings)) {
    const name = text(reader.field(setting, 'Name'));
    if (name.state === 'known' && name.value === 'containerInsights') return text(reader.field(setting, 'Value'));
    if (name.state === 'unknown') undecided = true;
  }
  return undecided ? unknownAttr(settings.at) : absent(settings.at);
}

function ecrRepository(reader: ResourceReader, base: ResourceBase): EcrRepository {
  return {
    ...base,
    kind: 'aws.ecr.repository',
    repositoryName: text(reader.get('RepositoryName')),
    scanOnPush: bool(reader.get('ImageScanningConfiguration', 'ScanOnPush')),
    scannedByRegistryRule: false,
    tagMutability: text(reader.get('ImageTagMutability')),
    lifecyclePolicy: presence(reader.get('LifecyclePolicy', 'LifecyclePolicyText')),
  };
}

const containers: CfnMapper = {
  types: ['AWS::ECR::Repository', 'AWS::ECR::RegistryScanningConfiguration', 'AWS::EKS::Cluster', 'AWS::ECS::Cluster'],
  kinds: ['aws.ecr.repository', 'aws.eks.cluster', 'aws.ecs.cluster'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'AWS::ECR::Repository':
        return ecrRepository(reader, base);
      case 'AWS::EKS::Cluster': {
        const vpc = reader.get('ResourcesVpcConfig');
        const cluster: EksCluster = {
          ...base,
          kind: 'aws.eks.cluster',
          endpointPublicAccess: bool(reader.field(vpc, 'EndpointPublicAccess')),
          publicAccessCidrs: textList(reader.field(vpc, 'PublicAccessCidrs')),
        };
        return cluster;
      }
      case 'AWS::ECS::Cluster': {
        const cluster: EcsCluster = { ...base, kind: 'aws.ecs.cluster', containerInsights: containerInsights(reader) };
        return cluster;
      }
      default:
        return undefined;
    }
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::ECR::RegistryScanningConfiguration') applyRegistryScanning(reader, links);
  },
};
export default containers;
