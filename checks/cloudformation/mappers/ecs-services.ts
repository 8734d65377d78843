/** ECS services: their desired task count, the subnets they run in, and the Application Auto Scaling target that scales them. */
import type { EcsService } from '../../model/aws/compute.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { number, text, type ResourceReader } from '../read.ts';
import { referencesIn } from './support/value-origin.ts';

/** One zone at most per subnet; a list computed at deploy time cannot be counted. */
function subnetCount(reader: ResourceReader): Attr<number> {
  const subnets = reader.get('NetworkConfiguration', 'AwsvpcConfiguration', 'Subnets');
  if (!subnets.value) return absent(subnets.at);
  if (subnets.value.kind !== 'seq') return unknownAttr(subnets.at);
  return known(subnets.value.items.length, subnets.at);
}

function service(reader: ResourceReader, base: ResourceBase): EcsService {
  return {
    ...base,
    kind: 'aws.ecs.service',
    desiredCount: number(reader.get('DesiredCount')),
    autoScalingMax: absent(reader.properties.at),
    launchType: text(reader.get('LaunchType')),
    zoneCount: subnetCount(reader),
    assignPublicIp: assignPublicIp(reader),
  };
}

/** `ENABLED` or `DISABLED`, read as a switch; any other value is left unknown. */
function assignPublicIp(reader: ResourceReader): Attr<boolean> {
  const written = text(reader.get('NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'));
  if (written.state !== 'known') return written as Attr<never>;
  const value = written.value.toUpperCase();
  return value === 'ENABLED' || value === 'DISABLED' ? known(value === 'ENABLED', written.at, written.property) : unknownAttr(written.at, written.property);
}

/** `ResourceId: !Sub service/${Cluster}/${Service.Name}` (or a `!Join` of the same) names the service it scales. */
function linkScalableTarget(reader: ResourceReader, links: Links): void {
  const namespace = knownText(reader.get('ServiceNamespace').value);
  const dimension = knownText(reader.get('ScalableDimension').value);
  if (namespace !== 'ecs' || dimension !== 'ecs:service:DesiredCount') return;
  const resourceId = reader.get('ResourceId').value;
  if (!resourceId) return;
  const ids = resourceId.kind === 'ref' ? [resourceId.resource] : referencesIn(resourceId.node, reader.ctx.template).resources;
  const resolved = knownText(resourceId);
  for (const candidate of links.model.of('aws.ecs.service')) {
    const named = ids.includes(candidate.name) || (resolved !== undefined && resolved.endsWith(`/${candidate.name}`));
    if (named) candidate.autoScalingMax = number(reader.get('MaxCapacity'));
  }
}

const ecsServices: CfnMapper = {
  types: ['AWS::ECS::Service', 'AWS::ApplicationAutoScaling::ScalableTarget'],
  kinds: ['aws.ecs.service'],

  build(reader, base) {
    return reader.resource.type === 'AWS::ECS::Service' ? service(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::ApplicationAutoScaling::ScalableTarget') linkScalableTarget(reader, links);
  },
};
export default ecsServices;
