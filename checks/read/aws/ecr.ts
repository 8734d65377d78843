/** Registry-wide ECR scanning rules, the same in every format: which repositories a rule scans on push. */
import type { EcrRepository } from '../../model/aws/storage.ts';

/** Registry scan frequencies that scan an image when it is pushed (continuous scanning includes the push). */
const scansOnPush = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

/** ECR repository filters are wildcard patterns: `*` matches any run of characters. */
function matchesFilter(filter: string, name: string | undefined): boolean {
  if (filter === '*') return true;
  if (name === undefined) return false;
  const pattern = filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Marks the repositories one registry scanning rule scans on push; a frequency not known scans nothing for sure. */
export function applyRegistryScanRule(repositories: EcrRepository[], frequency: string | undefined, filters: string[]): void {
  if (!scansOnPush.has(frequency ?? '')) return;
  for (const repository of repositories) {
    const name = repository.repositoryName.state === 'known' ? repository.repositoryName.value : undefined;
    if (filters.some((filter) => matchesFilter(filter, name))) repository.scannedByRegistryRule = true;
  }
}
