/** AWS::ElastiCache::ReplicationGroup (Redis/Valkey) and standalone AWS::ElastiCache::CacheCluster (Memcached, or a single Redis node). */
import type { CacheCluster } from '../../model/aws/data.ts';
import { absent, type ResourceBase } from '../../model/types.ts';
import { cacheClusterSpread, unlessInherited, written } from '../../read/aws/elasticache.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, lowerCased, text, textList, type ResourceReader } from '../read.ts';

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
    automaticFailover: bool(reader.get('AutomaticFailoverEnabled')),
    access: {
      atRestEncryption: unlessInherited(bool(reader.get('AtRestEncryptionEnabled')), globalMember),
      authToken: unlessInherited(written(text(reader.get('AuthToken'))), globalMember),
      userGroupIds: textList(reader.get('UserGroupIds')),
    },
  };
}

function buildCacheCluster(reader: ResourceReader, base: ResourceBase): CacheCluster {
  const engine = lowerCased(text(reader.get('Engine')));
  return {
    ...base,
    kind: 'aws.elasticache.cluster',
    engine,
    nodeType: text(reader.get('CacheNodeType')),
    transitEncryption: bool(reader.get('TransitEncryptionEnabled')),
    multiAz: cacheClusterSpread(engine, text(reader.get('AZMode')), reader.place, 'MultiAZEnabled'),
    replicationGroup: false,
    automaticFailover: { state: 'absent', at: reader.place },
    access: { atRestEncryption: absent(reader.place), authToken: absent(reader.place), userGroupIds: absent(reader.place) },
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
