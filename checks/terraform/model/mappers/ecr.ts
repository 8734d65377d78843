/**
 * `aws_ecr_repository`, with what configures it separately: its `aws_ecr_lifecycle_policy`, and the
 * registry-wide `aws_ecr_registry_scanning_configuration` rules that scan it on push.
 */
import type { EcrRepository } from '../../../model/aws/storage.ts';
import { absent, known, unknownAttr, valueOrUndefined } from '../../../model/types.ts';
import { applyRegistryScanRule } from '../../../read/aws/ecr.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, isUnknown, text } from '../../../read/convert.ts';
import { linkedResource, targetOf } from '../common.ts';
import type { TfReader } from '../reader.ts';

function linkLifecyclePolicy(reader: TfReader, links: Links<TfReader>): void {
  const repositories = links.model.of('aws.ecr.repository');
  const target = targetOf(reader, 'repository');
  const repository = linkedResource(links.model, 'aws.ecr.repository', target, (candidate) => candidate.repositoryName);
  if (repository) {
    repository.lifecyclePolicy = known(true, reader.place);
    return;
  }
  // A policy for a repository whose name is not known before apply may be any repository's: none is known to lack one.
  if (isUnknown(reader.get('repository')))
    for (const candidate of repositories) if (candidate.lifecyclePolicy.state === 'absent') candidate.lifecyclePolicy = unknownAttr(candidate.lifecyclePolicy.at, candidate.lifecyclePolicy.property);
}

function linkRegistryScanning(reader: TfReader, links: Links<TfReader>): void {
  for (const rule of reader.blocks(reader.get('rule'))) {
    const filters = reader.blocks(reader.field(rule, 'repository_filter')).flatMap((filter) => valueOrUndefined(text(reader.field(filter, 'filter'))) ?? []);
    applyRegistryScanRule(links.model.of('aws.ecr.repository'), valueOrUndefined(text(reader.field(rule, 'scan_frequency'))), filters);
  }
}

const ecr: Mapper<TfReader> = {
  types: ['aws_ecr_repository', 'aws_ecr_lifecycle_policy', 'aws_ecr_registry_scanning_configuration'],
  kinds: ['aws.ecr.repository'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_ecr_repository') return undefined;
    const repository: EcrRepository = {
      ...base,
      kind: 'aws.ecr.repository',
      repositoryName: text(reader.get('name')),
      scanOnPush: bool(reader.get('image_scanning_configuration', 'scan_on_push')),
      scannedByRegistryRule: false,
      tagMutability: text(reader.get('image_tag_mutability')),
      lifecyclePolicy: absent(reader.place, 'aws_ecr_lifecycle_policy'),
    };
    return repository;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_ecr_lifecycle_policy') linkLifecyclePolicy(reader, links);
    else if (reader.resource.type === 'aws_ecr_registry_scanning_configuration') linkRegistryScanning(reader, links);
  },
};
export default ecr;
