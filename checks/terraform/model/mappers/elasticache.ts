/**
 * `aws_elasticache_replication_group` (Redis/Valkey) and a standalone `aws_elasticache_cluster` (Memcached, or a
 * single Redis node). A cluster that joins a replication group (`replication_group_id`) is one of its nodes.
 */
import type { CacheCluster } from '../../../model/aws/data.ts';
import { absent, type ResourceBase } from '../../../model/types.ts';
import { cacheClusterSpread, unlessInherited, written } from '../../../read/aws/elasticache.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, lowerCased, text, textList } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

function replicationGroup(reader: TfReader, base: ResourceBase): CacheCluster {
  const globalMember = reader.get('global_replication_group_id').value !== undefined;
  return {
    ...base,
    kind: 'aws.elasticache.cluster',
    engine: lowerCased(text(reader.get('engine'))),
    nodeType: text(reader.get('node_type')),
    transitEncryption: unlessInherited(bool(reader.get('transit_encryption_enabled')), globalMember),
    multiAz: unlessInherited(bool(reader.get('multi_az_enabled')), globalMember),
    replicationGroup: true,
    automaticFailover: bool(reader.get('automatic_failover_enabled')),
    access: {
      atRestEncryption: unlessInherited(bool(reader.get('at_rest_encryption_enabled')), globalMember),
      authToken: unlessInherited(written(text(reader.get('auth_token'))), globalMember),
      userGroupIds: textList(reader.get('user_group_ids')),
    },
  };
}

function cacheCluster(reader: TfReader, base: ResourceBase): CacheCluster {
  const engine = lowerCased(text(reader.get('engine')));
  return {
    ...base,
    kind: 'aws.elasticache.cluster',
    engine,
    nodeType: text(reader.get('node_type')),
    transitEncryption: bool(reader.get('transit_encryption_enabled')),
    multiAz: cacheClusterSpread(engine, text(reader.get('az_mode')), reader.place, 'multi_az_enabled'),
    replicationGroup: false,
    automaticFailover: { state: 'absent', at: reader.place },
    access: { atRestEncryption: absent(reader.place), authToken: absent(reader.place), userGroupIds: absent(reader.place) },
  };
}

const elasticache: Mapper<TfReader> = {
  types: ['aws_elasticache_replication_group', 'aws_elasticache_cluster'],
  kinds: ['aws.elasticache.cluster'],

  build(reader, base) {
    if (reader.resource.type === 'aws_elasticache_replication_group') return replicationGroup(reader, base);
    return reader.get('replication_group_id').value === undefined ? cacheCluster(reader, base) : undefined;
  },
};
export default elasticache;
