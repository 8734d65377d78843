/** Shared by the OpenSearch rules: how to name a domain, and which engine versions a setting needs. */
import type { OpenSearchDomain } from '../../../model/aws/data.ts';
import { blockName, propertyName, type Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

/** `OpenSearch domain Search`, for messages. */
export const describeDomain = (domain: OpenSearchDomain): Phrase => phrase('opensearchDomain', { name: domain.name });

/**
 * Whether the domain runs Elasticsearch older than `major.minor`: true only when known. The legacy resource
 * types default to an old Elasticsearch (1.5) when no version is written; the current type defaults to the
 * latest OpenSearch.
 */
export function elasticsearchBefore(domain: OpenSearchDomain, major: number, minor: number): boolean | undefined {
  const version = domain.engineVersion;
  if (version.state === 'unknown') return undefined;
  if (version.state === 'absent') return domain.legacyType;
  const match = /^Elasticsearch_(\d+)\.(\d+)/i.exec(version.value);
  if (!match) return false;
  const [writtenMajor, writtenMinor] = [Number(match[1]), Number(match[2])];
  return writtenMajor < major || (writtenMajor === major && writtenMinor < minor);
}

/** `EncryptionAtRestOptions.Enabled` or `encrypt_at_rest.enabled`: a nested setting named with its block, as the source spells both. */
export function settingName(attr: { readonly property?: string; readonly block?: string }, block: string, property: string): string {
  return `${blockName(attr, block)}.${propertyName(attr, property)}`;
}
