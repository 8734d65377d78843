/**
 * What limits a database's connections: an RDS Proxy in front of it, and `max_connections` written in a parameter
 * group of this stack. Enriches instances and clusters built by rds.ts; its `kinds` stay empty so no rule lists
 * these types as ones it reads.
 */
import type { RdsCluster, RdsInstance } from '../../model/aws/data.ts';
import type { Attr } from '../../model/types.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { number, referencedResource, ResourceReader, type Cursor } from '../read.ts';
import { referencesIn } from './support/value-origin.ts';

/** `max_connections` in the `Parameters` map of the parameter group a property refers to, if it is in this stack. */
function maxConnectionsIn(reader: ResourceReader, property: string): Attr<number> | undefined {
  const groupId = referencedResource(reader.get(property));
  const group = groupId ? reader.ctx.template.resources.get(groupId) : undefined;
  if (!group) return undefined;
  const groupReader = new ResourceReader(reader.ctx, group);
  const parameter = groupReader.get('Parameters', 'max_connections');
  // `{DBInstanceClassMemory/12582880}` and the like are formulas, not numbers: they count as unknown.
  return parameter.value ? number(parameter) : undefined;
}

/** Databases of this stack a target group's identifier list refers to (`!Ref Database`). */
function targets(reader: ResourceReader, links: Links, list: Cursor): (RdsInstance | RdsCluster)[] {
  const value = list.value;
  if (!value) return [];
  const ids = value.kind === 'ref' ? [value.resource] : referencesIn(value.node, reader.ctx.template).resources;
  return ids.map((id) => links.resource(id)).filter((resource): resource is RdsInstance | RdsCluster => resource?.kind === 'aws.rds.instance' || resource?.kind === 'aws.rds.cluster');
}

const rdsConnections: CfnMapper = {
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBProxyTargetGroup'],
  kinds: [],

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'AWS::RDS::DBProxyTargetGroup') {
      for (const list of ['DBInstanceIdentifiers', 'DBClusterIdentifiers']) for (const database of targets(reader, links, reader.get(list))) database.behindProxy = true;
      return;
    }
    const database = links.resource(reader.resource.logicalId);
    if (database?.kind !== 'aws.rds.instance' && database?.kind !== 'aws.rds.cluster') return;
    const own = maxConnectionsIn(reader, type === 'AWS::RDS::DBInstance' ? 'DBParameterGroupName' : 'DBClusterParameterGroupName');
    if (own) database.maxConnections = own;
  },
};
export default rdsConnections;
