/** AWS::ElastiCache::ReplicationGroup (Redis/Valkey) and standalone AWS::ElastiCache::CacheCluster (Memcached, or a single Redis node). */
import type { CacheCluster } from '../../model/aws/data.ts';
import { known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text, type ResourceReader } from '../read.ts';

function lowerCased(attr: Attr<string>): Attr<string> {
  return attr.state === 'known' ? known(attr.value.toLowerCase(), attr.at) : attr;
}

/** A secondary of a global datastore takes these settings from the primary when it leaves them out. */
function unlessInherited(attr: Attr<boolean>, inherited: boolean): Attr<boolean> {
  return attr.state === 'absent' && inherited ? unknownAttr(attr.at) : attr;
}

function buildReplicationGroup(reader: ResourceReader, base: ResourceBase): CacheCluster {
  const globalMember = reader.get('GlobalReplicationGroupId').value !== undefined;
  return {
    ...base,
    kind: 'aws.elasticache.cluster',
    engine: lowerCased(text(reader.get('Engine'))),
    nodeType: text(reader.get('CacheNodeType')),
    transitEncryption: unlessInherited(bool(reader.get('TransitEncryptionEnabled')), globalMember),
    multiAz: unlessInherited(bool(reader.get('MultiAZEnabled')), globalMember),
    replicationGroup: true,
  };
}

/** Memcached spreads nodes over zones with `AZMode: cross-az`; a standalone Redis or Valkey node has nothing to fail over to. */
function cacheClusterSpread(reader: ResourceReader, engine: Attr<string>): Attr<boolean> {
  if (engine.state !== 'known') return unknownAttr(engine.at);
  if (engine.value !== 'memcached') return known(false, reader.place);
  const mode = text(reader.get('AZMode'));
  return mode.state === 'known' ? known(mode.value === 'cross-az', mode.at) : (mode as Attr<never>);
}

function buildCacheCluster(reader: ResourceReader, base: ResourceBase): CacheCluster {
  const engine = lowerCased(text(reader.get('Engine')));
  return {
    ...base,
    kind: 'aws.elasticache.cluster',
    engine,
    nodeType: text(reader.get('CacheNodeType')),
    transitEncryption: bool(reader.get('TransitEncryptionEnabled')),
    multiAz: cacheClusterSpread(reader, engine),
    replicationGroup: false,
  };
}

const elasticache: CfnMapper = {
  types: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  kinds: ['aws.elasticache.cluster'],

  build(reader, base) {
    const type = reader.resource.type;
    if (type === 'AWS::ElastiCache::ReplicationGroup') return buildReplicationGroup(reader, base);
    // A cache cluster that joins a replication group is one of its nodes: the group carries the settings.
    if (type === 'AWS::ElastiCache::CacheCluster' && reader.get('ReplicationGroupId').value === undefined) return buildCacheCluster(reader, base);
    return undefined;
  },
};
export default elasticache;
