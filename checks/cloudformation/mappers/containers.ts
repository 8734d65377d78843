/**
 * Container services: ECR repositories (and registry-wide scanning rules that cover them), EKS clusters'
 * API endpoint exposure, ECS clusters' Container Insights.
 */
import type { EcsCluster, EksCluster } from '../../model/aws/compute.ts';
import type { EcrRepository } from '../../model/aws/storage.ts';
import { absent, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, text, textList, type ResourceReader } from '../read.ts';
import { presence } from './support/presence.ts';

/** Registry scan frequencies that scan an image when it is pushed (continuous scanning includes the push). */
const scansOnPush = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

/** ECR repository filters are wildcard patterns: `*` matches any run of characters. */
function matchesFilter(filter: string, name: string | undefined): boolean {
  if (filter === '*') return true;
  if (name === undefined) return false;
  const pattern = filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Marks repositories of this stack that an `AWS::ECR::RegistryScanningConfiguration` rule scans on push. */
function applyRegistryScanning(reader: ResourceReader, links: Links): void {
  const repositories = links.model.of('aws.ecr.repository');
  for (const rule of reader.items(reader.get('Rules'))) {
    if (!scansOnPush.has(knownText(reader.field(rule, 'ScanFrequency').value) ?? '')) continue;
    const filters = reader.items(reader.field(rule, 'RepositoryFilters')).flatMap((filter) => knownText(reader.field(filter, 'Filter').value) ?? []);
    for (const repository of repositories) {
      const name = repository.repositoryName.state === 'known' ? repository.repositoryName.value : undefined;
      if (filters.some((filter) => matchesFilter(filter, name))) repository.scannedByRegistryRule = true;
    }
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
