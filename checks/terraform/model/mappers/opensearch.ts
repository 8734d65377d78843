/** `aws_opensearch_domain` and the legacy `aws_elasticsearch_domain`. */
import type { OpenSearchDomain } from '../../../model/aws/data.ts';
import { absent, inBlock, known, unknownAttr, type Attr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, isUnknown, number, text } from '../../../read/convert.ts';
import { preventDestroy } from '../common.ts';
import type { TfReader } from '../reader.ts';

/**
 * Whether a `log_publishing_options` block of this `log_type` publishes (`enabled` defaults to `true`). A block
 * whose type is known only at apply time, or a list computed at apply time, leaves it unknown.
 */
function published(reader: TfReader, logType: string): Attr<boolean> {
  const options = reader.get('log_publishing_options');
  if (isUnknown(options)) return unknownAttr(options.at, 'log_publishing_options');
  let undecided: Attr<boolean> | undefined;
  for (const block of reader.blocks(options)) {
    const type = text(reader.field(block, 'log_type'));
    if (type.state === 'unknown') undecided ??= unknownAttr(type.at, 'log_type');
    if (type.state !== 'known' || type.value !== logType) continue;
    const enabled = bool(reader.field(block, 'enabled'));
    return enabled.state === 'absent' ? known(true, block.at, 'log_publishing_options') : enabled;
  }
  return undecided ?? absent(reader.blocks(options)[0]?.at ?? reader.place, 'log_publishing_options');
}

/** The legacy type's bare `7.10` written as `Elasticsearch_7.10`, the spelling the current type uses. */
function engineVersion(reader: TfReader, legacy: boolean): Attr<string> {
  const version = text(reader.get(legacy ? 'elasticsearch_version' : 'engine_version'));
  return legacy && version.state === 'known' ? { ...version, value: `Elasticsearch_${version.value}` } : version;
}

const opensearch: Mapper<TfReader> = {
  types: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  kinds: ['aws.opensearch.domain'],

  build(reader, base) {
    const legacy = reader.resource.type === 'aws_elasticsearch_domain';
    const domain: OpenSearchDomain = {
      ...base,
      kind: 'aws.opensearch.domain',
      legacyType: legacy,
      engineVersion: engineVersion(reader, legacy),
      encryptionAtRest: inBlock(bool(reader.get('encrypt_at_rest', 'enabled')), 'encrypt_at_rest'),
      nodeToNodeEncryption: inBlock(bool(reader.get('node_to_node_encryption', 'enabled')), 'node_to_node_encryption'),
      enforceHttps: inBlock(bool(reader.get('domain_endpoint_options', 'enforce_https')), 'domain_endpoint_options'),
      tlsSecurityPolicy: inBlock(text(reader.get('domain_endpoint_options', 'tls_security_policy')), 'domain_endpoint_options'),
      fineGrainedAccessControl: inBlock(bool(reader.get('advanced_security_options', 'enabled')), 'advanced_security_options'),
      applicationLogs: published(reader, 'ES_APPLICATION_LOGS'),
      auditLogs: published(reader, 'AUDIT_LOGS'),
      instanceType: inBlock(text(reader.get('cluster_config', 'instance_type')), 'cluster_config'),
      instanceCount: inBlock(number(reader.get('cluster_config', 'instance_count')), 'cluster_config'),
      zoneAwareness: inBlock(bool(reader.get('cluster_config', 'zone_awareness_enabled')), 'cluster_config'),
      dedicatedMaster: inBlock(bool(reader.get('cluster_config', 'dedicated_master_enabled')), 'cluster_config'),
      retainOnDelete: preventDestroy(reader),
      deletionControl: 'guard',
    };
    return domain;
  },
};
export default opensearch;
