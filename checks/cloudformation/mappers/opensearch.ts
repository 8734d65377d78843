/** AWS::OpenSearchService::Domain and the legacy AWS::Elasticsearch::Domain. */
import type { OpenSearchDomain } from '../../model/aws/data.ts';
import { inBlock, known, type Attr } from '../../model/types.ts';
import { retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, number, text, type ResourceReader } from '../read.ts';

/** A log type under `LogPublishingOptions`: written with `Enabled` left out, the service publishes it. */
function published(reader: ResourceReader, logType: string): Attr<boolean> {
  const entry = reader.get('LogPublishingOptions', logType);
  if (entry.value === undefined) return bool(entry);
  const enabled = bool(reader.field(entry, 'Enabled'));
  return enabled.state === 'absent' ? known(true, entry.at, logType) : enabled;
}

/** The legacy type's bare `7.10` written as `Elasticsearch_7.10`, the spelling the current type uses. */
function engineVersion(reader: ResourceReader, legacy: boolean): Attr<string> {
  const version = text(reader.get(legacy ? 'ElasticsearchVersion' : 'EngineVersion'));
  return legacy && version.state === 'known' ? { ...version, value: `Elasticsearch_${version.value}` } : version;
}

const opensearch: CfnMapper = {
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  kinds: ['aws.opensearch.domain'],

  build(reader, base) {
    const legacy = reader.resource.type === 'AWS::Elasticsearch::Domain';
    const cluster = legacy ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
    const domain: OpenSearchDomain = {
      ...base,
      kind: 'aws.opensearch.domain',
      legacyType: legacy,
      engineVersion: engineVersion(reader, legacy),
      encryptionAtRest: inBlock(bool(reader.get('EncryptionAtRestOptions', 'Enabled')), 'EncryptionAtRestOptions'),
      nodeToNodeEncryption: inBlock(bool(reader.get('NodeToNodeEncryptionOptions', 'Enabled')), 'NodeToNodeEncryptionOptions'),
      enforceHttps: inBlock(bool(reader.get('DomainEndpointOptions', 'EnforceHTTPS')), 'DomainEndpointOptions'),
      tlsSecurityPolicy: inBlock(text(reader.get('DomainEndpointOptions', 'TLSSecurityPolicy')), 'DomainEndpointOptions'),
      fineGrainedAccessControl: inBlock(bool(reader.get('AdvancedSecurityOptions', 'Enabled')), 'AdvancedSecurityOptions'),
      applicationLogs: published(reader, 'ES_APPLICATION_LOGS'),
      auditLogs: published(reader, 'AUDIT_LOGS'),
      instanceType: inBlock(text(reader.get(cluster, 'InstanceType')), cluster),
      instanceCount: inBlock(number(reader.get(cluster, 'InstanceCount')), cluster),
      zoneAwareness: inBlock(bool(reader.get(cluster, 'ZoneAwarenessEnabled')), cluster),
      dedicatedMaster: inBlock(bool(reader.get(cluster, 'DedicatedMasterEnabled')), cluster),
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
    };
    return domain;
  },
};
export default opensearch;
